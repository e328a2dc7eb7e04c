//go:build !unix

package project

import (
	"encoding/json"
	"os"
)

// tryLock, without advisory locks: the lock is held when the file names a process, unless that
// process is this one's earlier run (same id).
func tryLock(f *os.File) (bool, error) {
	var info LockInfo
	b := make([]byte, 4096)
	n, _ := f.ReadAt(b, 0)
	if json.Unmarshal(b[:n], &info) == nil && info.PID != 0 && info.Host == hostname() && info.PID != os.Getpid() {
		if p, err := os.FindProcess(info.PID); err == nil && p != nil {
			return false, nil
		}
	}
	return true, nil
}

func unlock(*os.File) {}
