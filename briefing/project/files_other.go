//go:build !unix

package project

import "os"

func openNoFollow(path string) (*os.File, error) { return os.Open(path) }

func openFollow(path string) (*os.File, error) { return os.Open(path) }

func isLinkErr(error) bool { return false }
