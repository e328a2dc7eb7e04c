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

// Options tune a write.
type Options struct {
	// Private makes the file readable by its owner only (0600), whatever the umask and the mode of the
	// file it replaces: for packs and projects marked OFFICIAL-SENSITIVE and above.
	Private bool
}

// Write replaces path with data atomically. A new file gets the usual permissions under the user's
// umask (rw-r--r-- under the common 022); a replaced file keeps its own.
func Write(path string, data []byte) error { return WriteWith(path, data, Options{}) }

// WritePrivate replaces path with data atomically, readable by its owner only.
func WritePrivate(path string, data []byte) error {
	return WriteWith(path, data, Options{Private: true})
}

// WriteWith replaces path with data atomically, as opts say. Temporary files that an earlier write of
// path left behind — its process killed mid-write — are removed first.
func WriteWith(path string, data []byte, opts Options) error {
	dir := filepath.Dir(path)
	CleanStale(dir, filepath.Base(path))
	f, err := os.CreateTemp(dir, tempPattern(filepath.Base(path)))
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
	if err := os.Chmod(tmp, modeFor(path, opts)); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrap(err))
	}
	done = true
	syncDir(dir)
	return nil
}

// modeFor is the mode the new contents of path get: owner-only when private, else the mode of the file
// replaced (a pack the user made private stays private), else 0666 under the umask.
func modeFor(path string, opts Options) os.FileMode {
	if opts.Private {
		return 0o600
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		return fi.Mode().Perm()
	}
	return 0o666 &^ umask()
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
func Copy(src, dst string) error { return CopyWith(src, dst, Options{}) }

// CopyWith copies the file src to dst atomically, as opts say.
func CopyWith(src, dst string, opts Options) error {
	b, err := fileio.ReadFile(src)
	if err != nil {
		return err
	}
	return WriteWith(dst, b, opts)
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
