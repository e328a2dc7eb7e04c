package project

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"

	"github.com/briefpack/briefpack/briefing/atomicfile"
	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/pack"
)

// ErrLink is wrapped by the error for a symbolic link inside a project folder: a project holds copies,
// and a link could point anywhere (another user's file, a device).
var ErrLink = errors.New("is a symbolic link; briefpack does not follow links inside a project (remove it and import the file itself)")

// ErrNotRegular is wrapped by the error for a device, pipe or socket inside a project folder.
var ErrNotRegular = fmt.Errorf("%w (a device, pipe or socket); briefpack reads only ordinary files", fileio.ErrNotRegular)

// readInProject reads a file inside the project folder: a regular file, never through a symbolic link
// (opened with O_NOFOLLOW, so a link swapped in after the check is refused too), at most fileio.MaxSize
// bytes.
func readInProject(path string) ([]byte, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		return nil, ErrLink
	}
	return readRegular(path, openNoFollow)
}

// readUserFile reads a file the user chose, through fileio (links followed; regular files only, at
// most the program's one size limit; a FIFO is refused without waiting for a writer).
func readUserFile(path string) ([]byte, error) {
	b, err := fileio.ReadFile(path)
	var fe *fileio.Error
	if errors.As(err, &fe) { // the caller names the file
		return nil, fe.Err
	}
	return b, err
}

func readRegular(path string, open func(string) (*os.File, error)) ([]byte, error) {
	f, err := open(path)
	if err != nil {
		if isLinkErr(err) {
			return nil, ErrLink
		}
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat() // what was opened, not what was looked at before
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, ErrNotRegular
	}
	if fi.Size() > fileio.MaxSize {
		return nil, tooLarge(fi.Size())
	}
	b, err := io.ReadAll(io.LimitReader(f, fileio.MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > fileio.MaxSize {
		return nil, tooLarge(int64(len(b)))
	}
	return b, nil
}

func tooLarge(n int64) error {
	return fmt.Errorf("%w: %s (the limit for any file is %s)", fileio.ErrTooLarge, fileio.HumanBytes(n), fileio.HumanBytes(fileio.MaxSize))
}

// tempName matches the temporary files of atomic writes: ".NAME.PID-RANDOM.tmp" (".NAME.RANDOM.tmp"
// from earlier versions).
var tempName = regexp.MustCompile(`^\..+\.[0-9-]+\.tmp$`)

// cleanTemp removes the temporary files that writes killed mid-way left in the project folder and its
// sources folder (atomicfile.CleanStaleIn: only those whose writing process is gone), and returns them.
func cleanTemp(dir string) []string {
	var removed []string
	for _, d := range []string{dir, filepath.Join(dir, SourcesDir)} {
		before := temps(d)
		atomicfile.CleanStaleIn(d)
		for _, f := range before {
			if !exists(f) {
				removed = append(removed, f)
			}
		}
	}
	return removed
}

// temps lists the temporary files of atomic writes in dir.
func temps(dir string) []string {
	var out []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Type().IsRegular() && tempName.MatchString(e.Name()) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

// OwnerOnly reports whether a pack with this protective marking is kept owner-only: its project
// folder 0700 and every file 0600 (see pack.OwnerOnly).
func OwnerOnly(marking string) bool { return pack.OwnerOnly(marking) }

// dirMode is the mode of new folders: owner-only for a sensitive project, else what the user's umask
// allows (the system applies it).
func (p *Project) dirMode() os.FileMode {
	if OwnerOnly(p.Settings.Marking) {
		return 0o700
	}
	return 0o777
}

// write writes a file of the project atomically: owner-only for a sensitive project; else a new file
// follows the umask and a replaced one keeps its mode (atomicfile).
func (p *Project) write(path string, data []byte) error {
	if OwnerOnly(p.Settings.Marking) {
		return atomicfile.WritePrivate(path, data)
	}
	return atomicfile.Write(path, data)
}

// writeKeepingBackup is atomicfile.WriteKeepingBackup with the project's modes.
func (p *Project) writeKeepingBackup(path string, data []byte) error {
	if !OwnerOnly(p.Settings.Marking) {
		return atomicfile.WriteKeepingBackup(path, data)
	}
	if old, err := readInProject(path); err == nil {
		if err := atomicfile.WritePrivate(path+".bak", old); err != nil {
			return err
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	return atomicfile.WritePrivate(path, data)
}

// mkdirs creates the project folder and its sources folder.
func (p *Project) mkdirs(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, SourcesDir), p.dirMode()); err != nil {
		return err
	}
	return p.protect(dir)
}

// protect makes a sensitive project owner-only: the folders 0700 and every file in them 0600 (the
// project file, its backup and autosave, the copied sources, built packs). For other projects it
// leaves what is there as it is.
func (p *Project) protect(dir string) error {
	if !OwnerOnly(p.Settings.Marking) {
		return nil
	}
	for _, d := range []string{dir, filepath.Join(dir, SourcesDir)} {
		if err := os.Chmod(d, 0o700); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("cannot make %s private: %w", d, err)
		}
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if e.Type().IsRegular() {
				if err := os.Chmod(filepath.Join(d, e.Name()), 0o600); err != nil {
					return fmt.Errorf("cannot make %s private: %w", filepath.Join(d, e.Name()), err)
				}
			}
		}
	}
	return nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
