//go:build unix

package project

import (
	"errors"
	"os"
	"syscall"
)

// umask is the process's file mode creation mask, read once at start (reading it means setting it).
var umask = func() os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return os.FileMode(m)
}()

// openNoFollow opens a file without following a final symbolic link, and without waiting on a FIFO.
func openNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}

// openFollow opens a file, following links, without waiting on a FIFO.
func openFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

func isLinkErr(err error) bool { return errors.Is(err, syscall.ELOOP) }
