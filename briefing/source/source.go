// Package source loads briefing sources from disk: plain text, Markdown with optional YAML front matter,
// saved web pages, PDF (with a text layer), Word (.docx), OpenDocument (.odt) and e-mail (.eml, with its
// attachments). One loader per format, chosen by file extension; each turns bytes into a
// briefing.Source with decoded text and whatever metadata the file itself states.
//
// Loading never panics on bad input: binary data, undecodable text, empty files and unsupported formats
// come back as a *FileError naming the file and the problem.
package source

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/frontmatter"
)

// FileError is a problem loading one file.
type FileError struct {
	File string
	Err  error
}

// Error names the file (control characters escaped, see fileio.Name) and the problem.
func (e *FileError) Error() string { return fileio.Name(e.File) + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// MaxFileSize is the largest file briefpack reads (the one limit of the whole program, fileio.MaxSize).
const MaxFileSize = fileio.MaxSize

// Stdin is what the argument "-" reads: one source from standard input, named StdinName (whose
// extension chooses the format; Markdown by default). The command line sets the name from
// --stdin-name.
var (
	Stdin     io.Reader = os.Stdin
	StdinName           = "stdin.md"
)

// Supported reports whether files with this name can be loaded.
func Supported(name string) bool {
	_, ok := loaders[strings.ToLower(path.Ext(name))]
	return ok
}

// Extensions lists the supported file extensions, sorted. The README's list of formats, the app's
// import filter and `briefpack extract` all come from this list.
func Extensions() []string {
	out := make([]string, 0, len(loaders))
	for k := range loaders {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Load reads one file (its first source; see LoadFile for the attachments of an e-mail).
func Load(file string) (*briefing.Source, error) {
	srcs, errs := LoadFile(file)
	if len(errs) > 0 && (len(srcs) == 0 || errs[0].File == file) {
		return nil, errs[0]
	}
	return srcs[0], nil
}

// LoadFile reads one file: its source, then the sources it carries (the attachments of an e-mail, each
// named "message.eml › attachment.docx"), and the errors of those that could not be read. A file that
// cannot be read at all gives no source and its error.
func LoadFile(file string) ([]*briefing.Source, []*FileError) {
	if !Supported(file) {
		if fi, err := fileio.Stat(file); err == nil && fi.IsDir() {
			return nil, []*FileError{{file, errors.New("is a folder, not a file")}}
		}
		return nil, []*FileError{{file, unsupported(file)}}
	}
	b, err := fileio.ReadFile(file)
	if err != nil {
		return nil, []*FileError{{file, reason(err)}}
	}
	return LoadBytesAll(file, b)
}

// LoadBytes reads a file's contents; name chooses the format by its extension and is kept as Source.File.
// Only the file's own source comes back; LoadBytesAll also gives the attachments of an e-mail.
func LoadBytes(name string, b []byte) (*briefing.Source, error) {
	srcs, errs := loadBytes(name, b, 0)
	if len(srcs) == 0 {
		return nil, errs[0]
	}
	return srcs[0], nil
}

// LoadBytesAll reads a file's contents like LoadBytes, followed by the sources the file carries (an
// e-mail's attachments in supported formats) and the errors of those that could not be read.
func LoadBytesAll(name string, b []byte) ([]*briefing.Source, []*FileError) {
	return loadBytes(name, b, 0)
}

// maxNesting is how deep files inside files are read (an e-mail attached to an e-mail, with a document).
const maxNesting = 3

func loadBytes(name string, b []byte, depth int) (srcs []*briefing.Source, errs []*FileError) {
	defer func() {
		if r := recover(); r != nil { // a third-party parser must never take the whole job down
			srcs, errs = nil, []*FileError{{name, fmt.Errorf("could not be read (internal error: %v)", r)}}
		}
	}()
	l, ok := loaders[strings.ToLower(path.Ext(name))]
	if !ok {
		return nil, []*FileError{{name, unsupported(name)}}
	}
	if len(b) > MaxFileSize {
		return nil, []*FileError{{name, fmt.Errorf("too large: %s (the limit for any file is %s)", fileio.HumanBytes(int64(len(b))), fileio.HumanBytes(MaxFileSize))}}
	}
	src := newSource(name, l.format, b)
	parts, err := l.load(src, b)
	if err != nil {
		return nil, []*FileError{{name, err}}
	}
	srcs = []*briefing.Source{src}
	for _, p := range parts {
		sub := name + " › " + p.name
		if depth+1 >= maxNesting {
			src.Warn(fmt.Sprintf("attachment %s not read: files nested more than %d deep", fileio.Name(p.name), maxNesting))
			continue
		}
		more, moreErrs := loadBytes(sub, p.data, depth+1)
		for _, m := range more {
			if m.AttachedTo == "" {
				m.AttachedTo = name
			}
		}
		srcs = append(srcs, more...)
		errs = append(errs, moreErrs...)
	}
	return srcs, errs
}

func newSource(name string, format briefing.Format, b []byte) *briefing.Source {
	sum := sha256.Sum256(b)
	src := &briefing.Source{
		File:   name,
		SHA256: hex.EncodeToString(sum[:]),
		Format: format,
		Size:   int64(len(b)),
	}
	src.ID = src.SHA256[:12]
	return src
}

// LoadAll loads every argument: files directly, directories by every supported file in them (not
// recursing), sorted by name, and "-" as one source read from Stdin. Files with identical contents are
// loaded once. Problems come back per file; everything else still loads.
func LoadAll(args []string) ([]*briefing.Source, []*FileError) {
	var files []string
	var errs []*FileError
	for _, a := range args {
		if a == "-" {
			files = append(files, a)
			continue
		}
		fi, err := fileio.Stat(a)
		if err != nil {
			errs = append(errs, &FileError{a, reason(err)})
			continue
		}
		if !fi.IsDir() {
			files = append(files, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			errs = append(errs, &FileError{a, describeOSError(err)})
			continue
		}
		for _, e := range entries { // os.ReadDir sorts by name
			name := e.Name()
			if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
				continue
			}
			files = append(files, filepath.Join(a, name))
		}
	}
	stdinRead := false
	return loadEach(files, errs, func(f string) ([]*briefing.Source, []*FileError) {
		if f != "-" {
			return LoadFile(f)
		}
		if stdinRead {
			return nil, []*FileError{{"-", errors.New("standard input (-) can be read only once")}}
		}
		stdinRead = true
		b, err := fileio.ReadFrom(StdinName, Stdin)
		if err != nil {
			return nil, []*FileError{{StdinName, reason(err)}}
		}
		return LoadBytesAll(StdinName, b)
	})
}

// LoadFS loads every supported file of directory dir in fsys (e.g. the embedded sample library).
func LoadFS(fsys fs.FS, dir string) ([]*briefing.Source, []*FileError) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, []*FileError{{dir, err}}
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && Supported(e.Name()) {
			files = append(files, path.Join(dir, e.Name()))
		}
	}
	return loadEach(files, nil, func(name string) ([]*briefing.Source, []*FileError) {
		b, err := fileio.ReadFS(fsys, name)
		if err != nil {
			return nil, []*FileError{{name, reason(err)}}
		}
		return LoadBytesAll(name, b)
	})
}

func loadEach(files []string, errs []*FileError, load func(string) ([]*briefing.Source, []*FileError)) ([]*briefing.Source, []*FileError) {
	var out []*briefing.Source
	seen := map[string]*briefing.Source{}
	for _, f := range files {
		srcs, ferrs := load(f)
		errs = append(errs, ferrs...)
		for _, src := range srcs {
			if first, dup := seen[src.SHA256]; dup {
				first.Warn(fmt.Sprintf("the same file was also given as %s; it is used once", fileio.Name(src.File)))
				continue
			}
			seen[src.SHA256] = src
			out = append(out, src)
		}
	}
	return out, errs
}

// reason is the problem of a fileio error without the file name it carries (a FileError adds it).
func reason(err error) error {
	var fe *fileio.Error
	if errors.As(err, &fe) {
		return fe.Err
	}
	return describeOSError(err)
}

func unsupported(name string) error {
	ext := strings.ToLower(path.Ext(name))
	if msg, ok := refused[ext]; ok {
		return errors.New(msg)
	}
	if ext == "" {
		return fmt.Errorf("unsupported format: no file extension (briefpack reads %s)", strings.Join(Extensions(), " "))
	}
	return fmt.Errorf("unsupported format %s (briefpack reads %s)", ext, strings.Join(Extensions(), " "))
}

func describeOSError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadText reads plain text and Markdown: decoded text plus front matter metadata.
func loadText(src *briefing.Source, b []byte) error {
	d, err := Decode(b)
	if err != nil {
		return err
	}
	for _, w := range d.Warnings {
		src.Warn(w)
	}
	src.SetText(d.Text)
	fm, ok, problem := frontmatter.Split(d.Text)
	if problem != "" {
		src.Warn(problem + "; read as text")
	}
	if ok {
		applyFrontMatter(src, fm)
	}
	return nil
}

func applyFrontMatter(src *briefing.Source, fm frontmatter.FrontMatter) {
	src.FrontMatter = map[string]string{}
	src.FrontMatterEnd = fm.EndLine
	for _, k := range fm.Keys {
		src.FrontMatter[k] = fm.Values[k]
	}
	textFields := []string{"title", "headline", "author", "authors", "byline", "publisher", "source", "site", "site_name",
		"organisation", "organization", "url", "link", "canonical", "source_url", "date", "published", "published_at", "pubdate", "created"}
	for _, w := range fm.Want(textFields...) {
		src.Warn(w)
	}
	src.Title = fm.First("title", "headline")
	src.Author = fm.First("author", "authors", "byline")
	src.Publisher = fm.First("publisher", "source", "site", "site_name", "organisation", "organization")
	src.URL = fm.First("url", "link", "canonical", "source_url")
	if v := fm.First("date", "published", "published_at", "pubdate", "created"); v != "" {
		if d, ok := parseMetaDate(v); ok {
			src.Published = d
			src.PublishedFrom = "front matter"
		} else {
			src.Warn(fmt.Sprintf("front matter date %q is not a date briefpack can read (use YYYY-MM-DD)", v))
		}
	}
}

var metaDateLayouts = []string{
	time.RFC3339, "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04", "2006/01/02",
	"2 January 2006", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006", "Monday, 2 January 2006",
	"Mon, 02 Jan 2006 15:04:05 -0700",
}

// parseMetaDate reads the date forms found in front matter and HTML metadata.
func parseMetaDate(v string) (briefing.Date, bool) {
	v = strings.TrimSpace(strings.Trim(v, `"'`))
	if d, err := briefing.ParseDate(v); err == nil {
		return d, true
	}
	for _, l := range metaDateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return briefing.FromTime(t), true
		}
	}
	return briefing.Date{}, false
}
