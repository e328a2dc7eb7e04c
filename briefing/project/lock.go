package project

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// LockName is the lock file of a project folder. While a briefpack has the project open it holds an
// advisory lock on this file (released by the system when the process ends, however it ends) and has
// written its process id, host and start time into it; a second briefpack opens the project read-only.
const LockName = "project.lock"

// LockInfo says who holds a project.
type LockInfo struct {
	PID   int       `json:"pid"`
	Host  string    `json:"host"`
	Since time.Time `json:"since"`
}

func (l LockInfo) String() string {
	s := fmt.Sprintf("briefpack (process %d", l.PID)
	if l.Host != "" {
		s += " on " + l.Host
	}
	s += ")"
	if !l.Since.IsZero() {
		s += ", open since " + l.Since.Local().Format("2 Jan 2006 15:04")
	}
	return s
}

// LockedError reports a project that another briefpack has open.
type LockedError struct {
	Dir    string
	Holder LockInfo
	// OtherHost is set when the holder is on another machine (a shared folder): whether it still runs
	// cannot be checked from here.
	OtherHost bool
}

func (e *LockedError) Error() string {
	msg := fmt.Sprintf("%s is open in another %s, so it was opened read-only here: changes cannot be saved to it (Save As keeps them in another folder)", e.Dir, e.Holder)
	if e.OtherHost {
		msg += ". If that briefpack is no longer running, take over the project"
	}
	return msg
}

// lock is a held project lock.
type lock struct {
	f *os.File
}

func hostname() string {
	h, _ := os.Hostname()
	return h
}

// acquire takes the lock of the project in dir, or reports who holds it. A lock left by a process that
// has ended is taken over; one written on another host is honoured unless takeOver.
func acquire(dir string, takeOver bool) (*lock, error) {
	path := filepath.Join(dir, LockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cannot lock %s: %w", dir, err)
	}
	held, err := tryLock(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("cannot lock %s: %w", dir, err)
	}
	info := readLockInfo(f)
	if !held {
		f.Close()
		return nil, &LockedError{Dir: dir, Holder: info}
	}
	// We hold the system lock. Content left behind is stale if it was written on this host (its process
	// has ended, or it would still hold the lock); on another host it may be alive.
	if info.PID != 0 && info.Host != hostname() && !takeOver {
		unlock(f)
		f.Close()
		return nil, &LockedError{Dir: dir, Holder: info, OtherHost: true}
	}
	b, _ := json.Marshal(LockInfo{PID: os.Getpid(), Host: hostname(), Since: time.Now().UTC().Truncate(time.Second)})
	if err := f.Truncate(0); err == nil {
		f.WriteAt(append(b, '\n'), 0)
		f.Sync()
	}
	return &lock{f: f}, nil
}

func readLockInfo(f *os.File) LockInfo {
	var info LockInfo
	b := make([]byte, 4096)
	n, _ := f.ReadAt(b, 0)
	json.Unmarshal(b[:n], &info)
	return info
}

// release empties the lock file and lets go of the lock. The file is left in place (removing it would
// let a process that opened it a moment before lock a file no one else can see).
func (l *lock) release() {
	if l == nil || l.f == nil {
		return
	}
	l.f.Truncate(0)
	unlock(l.f)
	l.f.Close()
	l.f = nil
}
