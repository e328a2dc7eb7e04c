//go:build unix

package fileio

import "syscall"

// openFlags: open without waiting for a FIFO's writer (a FIFO is refused right after).
const openFlags = syscall.O_NONBLOCK
