//go:build !unix

package project

import "os"

// umask: systems without one give new files their default permissions.
var umask os.FileMode = 0o022

func openNoFollow(path string) (*os.File, error) { return os.Open(path) }

func openFollow(path string) (*os.File, error) { return os.Open(path) }

func isLinkErr(error) bool { return false }
