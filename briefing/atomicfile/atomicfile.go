// Package atomicfile writes files so that a reader — or the user after a crash — only ever sees the
// old contents or the new, complete contents: write a temporary file in the same folder, flush it to
// disk, rename it over the target, flush the folder.
package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/briefpack/briefpack/briefing/fileio"
)

// Write replaces path with data atomically.
func Write(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	tmp := f.Name()
	done := false
	defer func() {
		if !done {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	// a replaced file keeps its permissions (a pack marked OFFICIAL-SENSITIVE the user made private
	// stays private); a new one gets the usual rw-r--r--
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		mode = fi.Mode().Perm()
	}
	if err := os.Chmod(tmp, mode); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	done = true
	syncDir(dir)
	return nil
}

// WriteKeepingBackup first keeps the current contents of path as path+".bak" (atomically), then
// replaces path with data (atomically). After a crash at any moment, path holds the old or the new
// version, complete, and the backup holds an earlier complete version.
func WriteKeepingBackup(path string, data []byte) error {
	if old, err := fileio.ReadFile(path); err == nil {
		if err := Write(path+".bak", old); err != nil {
			return err
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("cannot read %s: %w", path, unwrap(err))
	}
	return Write(path, data)
}

// Copy copies the file src to dst atomically, leaving src untouched.
func Copy(src, dst string) error {
	b, err := fileio.ReadFile(src)
	if err != nil {
		return err
	}
	return Write(dst, b)
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

func unwrap(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
