// Package source loads briefing sources from disk: plain text, Markdown with optional YAML front matter,
// and saved web pages. One loader per format, chosen by file extension; each turns bytes into a
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
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/frontmatter"
)

// FileError is a problem loading one file.
type FileError struct {
	File string
	Err  error
}

func (e *FileError) Error() string { return e.File + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// loader reads one format from decoded bytes.
type loader struct {
	format briefing.Format
	load   func(src *briefing.Source, b []byte) error
}

var loaders = map[string]loader{
	".txt":      {briefing.FormatText, loadText},
	".text":     {briefing.FormatText, loadText},
	".md":       {briefing.FormatMarkdown, loadText},
	".markdown": {briefing.FormatMarkdown, loadText},
	".html":     {briefing.FormatHTML, loadHTML},
	".htm":      {briefing.FormatHTML, loadHTML},
}

// Supported reports whether files with this name can be loaded.
func Supported(name string) bool {
	_, ok := loaders[strings.ToLower(path.Ext(name))]
	return ok
}

// Extensions lists the supported file extensions, sorted.
func Extensions() []string {
	out := make([]string, 0, len(loaders))
	for k := range loaders {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Load reads one file.
func Load(file string) (*briefing.Source, error) {
	fi, err := os.Stat(file)
	if err != nil {
		return nil, &FileError{file, describeOSError(err)}
	}
	if fi.IsDir() {
		return nil, &FileError{file, errors.New("is a directory")}
	}
	if !Supported(file) {
		return nil, &FileError{file, unsupported(file)}
	}
	if fi.Size() > MaxFileSize {
		return nil, &FileError{file, fmt.Errorf("too large: %s (the limit is %s)", humanBytes(fi.Size()), humanBytes(MaxFileSize))}
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, &FileError{file, describeOSError(err)}
	}
	return LoadBytes(file, b)
}

// LoadBytes reads a file's contents; name chooses the format by its extension and is kept as Source.File.
func LoadBytes(name string, b []byte) (src *briefing.Source, err error) {
	defer func() {
		if r := recover(); r != nil { // a third-party parser must never take the whole job down
			src, err = nil, &FileError{name, fmt.Errorf("could not be read (internal error: %v)", r)}
		}
	}()
	l, ok := loaders[strings.ToLower(path.Ext(name))]
	if !ok {
		return nil, &FileError{name, unsupported(name)}
	}
	if len(b) > MaxFileSize {
		return nil, &FileError{name, fmt.Errorf("too large: %s (the limit is %s)", humanBytes(int64(len(b))), humanBytes(MaxFileSize))}
	}
	sum := sha256.Sum256(b)
	src = &briefing.Source{
		File:   name,
		SHA256: hex.EncodeToString(sum[:]),
		Format: l.format,
		Size:   int64(len(b)),
	}
	src.ID = src.SHA256[:12]
	if err := l.load(src, b); err != nil {
		return nil, &FileError{name, err}
	}
	return src, nil
}

// LoadAll loads every argument: files directly, directories by every supported file in them (not
// recursing), sorted by name. Files with identical contents are loaded once. Problems come back per file;
// everything else still loads.
func LoadAll(args []string) ([]*briefing.Source, []*FileError) {
	var files []string
	var errs []*FileError
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			errs = append(errs, &FileError{a, describeOSError(err)})
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
	return loadEach(files, errs, Load)
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
	return loadEach(files, nil, func(name string) (*briefing.Source, error) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, &FileError{name, err}
		}
		return LoadBytes(name, b)
	})
}

func loadEach(files []string, errs []*FileError, load func(string) (*briefing.Source, error)) ([]*briefing.Source, []*FileError) {
	var out []*briefing.Source
	seen := map[string]*briefing.Source{}
	for _, f := range files {
		src, err := load(f)
		if err != nil {
			var fe *FileError
			if !errors.As(err, &fe) {
				fe = &FileError{f, err}
			}
			errs = append(errs, fe)
			continue
		}
		if first, dup := seen[src.SHA256]; dup {
			first.Warn(fmt.Sprintf("the same file was also given as %s; it is used once", f))
			continue
		}
		seen[src.SHA256] = src
		out = append(out, src)
	}
	return out, errs
}

func unsupported(name string) error {
	ext := strings.ToLower(path.Ext(name))
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

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
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
