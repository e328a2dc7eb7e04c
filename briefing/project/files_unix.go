//go:build unix

package project

import (
	"errors"
	"os"
	"syscall"
)

// openNoFollow opens a file without following a final symbolic link, and without waiting on a FIFO.
func openNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}

// openFollow opens a file, following links, without waiting on a FIFO.
func openFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

func isLinkErr(err error) bool { return errors.Is(err, syscall.ELOOP) }
