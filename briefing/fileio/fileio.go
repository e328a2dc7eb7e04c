// Package fileio is the one place briefpack reads a user's file from: sources, folders of sources,
// project files, templates, sections and theme files all come through it.
//
// It reads only regular files. A symbolic link is followed, and then its target must be a regular file;
// devices (/dev/zero), FIFOs and sockets are refused with a clear message instead of being read until
// memory runs out or waited on for ever. Standard input is read only where the user names "-". Every read
// goes through a reader limited to MaxSize, the single size limit of the whole program.
package fileio

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxSize is the largest file briefpack reads, whatever it is (a source, a template, a project file). A
// briefing source is rarely more than a few megabytes; a larger file is refused with its size.
const MaxSize = 200 << 20

// ErrTooLarge is wrapped by the error for a file over MaxSize.
var ErrTooLarge = errors.New("too large")

// ErrNotRegular is wrapped by the error for a device, FIFO, socket or other file that is not a regular
// file.
var ErrNotRegular = errors.New("not a regular file")

// ReadFile reads the regular file name (following symbolic links), at most MaxSize bytes.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, describe(name, err)
	}
	return readLimited(name, f, fi.Size())
}

// Open opens the regular file name for reading, following symbolic links. It never blocks on a FIFO:
// the file is opened without waiting for a writer, and anything but a regular file is closed again and
// refused.
func Open(name string) (*os.File, error) {
	fi, err := os.Stat(name) // follows links; refuse before opening, so nothing odd is even opened
	if err != nil {
		return nil, describe(name, err)
	}
	if err := regular(name, fi); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(name, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, describe(name, err)
	}
	fi, err = f.Stat() // the file opened, not the one looked at: it may have been swapped in between
	if err == nil {
		err = regular(name, fi)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// Stat returns the file information of name (following symbolic links) and an error when it is neither
// a regular file nor a directory.
func Stat(name string) (fs.FileInfo, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, describe(name, err)
	}
	if fi.IsDir() {
		return fi, nil
	}
	return fi, regular(name, fi)
}

// ReadFrom reads r (standard input, an attachment) to its end, at most MaxSize bytes; name is only used in
// the error.
func ReadFrom(name string, r io.Reader) ([]byte, error) {
	return readLimited(name, r, -1)
}

// ReadFS reads name from fsys (an embedded file system) through the same size limit.
func ReadFS(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, describe(name, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, describe(name, err)
	}
	if err := regular(name, fi); err != nil {
		return nil, err
	}
	return readLimited(name, f, fi.Size())
}

func readLimited(name string, r io.Reader, size int64) ([]byte, error) {
	return readUpTo(name, r, size, MaxSize)
}

// readUpTo reads r, whose size is known (or -1), refusing more than limit bytes.
func readUpTo(name string, r io.Reader, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, tooLarge(name, size, limit)
	}
	capacity := int64(512)
	if size > 0 {
		capacity = size + 1
	}
	buf := make([]byte, 0, capacity)
	for {
		if int64(len(buf)) > limit {
			return nil, tooLarge(name, -1, limit)
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):min(int64(cap(buf)), limit+1)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			if int64(len(buf)) > limit {
				return nil, tooLarge(name, -1, limit)
			}
			return buf, nil
		}
		if err != nil {
			return nil, describe(name, err)
		}
	}
}

// Error is a problem reading one file; its message names the file, with control characters escaped.
type Error struct {
	File string
	Err  error
}

func (e *Error) Error() string { return Name(e.File) + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

func tooLarge(name string, size, limit int64) error {
	if size < 0 {
		return &Error{name, fmt.Errorf("%w: over %s (the limit for any file)", ErrTooLarge, HumanBytes(limit))}
	}
	return &Error{name, fmt.Errorf("%w: %s (the limit for any file is %s)", ErrTooLarge, HumanBytes(size), HumanBytes(limit))}
}

func regular(name string, fi fs.FileInfo) error {
	m := fi.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return &Error{name, errors.New("is a folder, not a file")}
	case m&fs.ModeNamedPipe != 0:
		return &Error{name, fmt.Errorf("%w: it is a pipe (FIFO); briefpack reads only ordinary files (use - to read standard input)", ErrNotRegular)}
	case m&fs.ModeSocket != 0:
		return &Error{name, fmt.Errorf("%w: it is a socket; briefpack reads only ordinary files", ErrNotRegular)}
	case m&fs.ModeDevice != 0:
		return &Error{name, fmt.Errorf("%w: it is a device; briefpack reads only ordinary files", ErrNotRegular)}
	}
	return &Error{name, fmt.Errorf("%w; briefpack reads only ordinary files", ErrNotRegular)}
}

// describe turns an OS error into a short reason naming the file.
func describe(name string, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		err = &plain{"no such file or folder", err}
	case errors.Is(err, fs.ErrPermission):
		err = &plain{"permission denied", err}
	default:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
	}
	return &Error{name, err}
}

// HumanBytes writes a size the way the messages give it: "3.2 MB", "12.0 KB", "80 bytes".
func HumanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// plain is an OS error said briefly, still matching errors.Is(err, fs.ErrNotExist) and the like.
type plain struct {
	msg string
	err error
}

func (p *plain) Error() string { return p.msg }
func (p *plain) Unwrap() error { return p.err }
