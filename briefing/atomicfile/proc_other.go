//go:build !unix

package atomicfile

import "os"

// processAlive cannot tell on this system; a temporary file is taken for a leftover by its age only.
func processAlive(pid int) bool { return true }

// umask is none on systems without one.
func umask() os.FileMode { return 0 }
