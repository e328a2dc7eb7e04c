package project

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/source"
)

// Duplicate is a file that was not imported because the project already has its contents.
type Duplicate struct {
	File     string // the file the user chose
	Existing string // the project's copy (path inside the project folder)
}

// ImportResult is what Import did, file by file.
type ImportResult struct {
	Added      []int // indexes of the new sources
	Duplicates []Duplicate
	Errs       []*source.FileError
}

// Import copies files into the project (folders: every supported file in them). Originals are never
// modified. Files already in the project (same SHA-256) are skipped and listed. Problems come back per
// file; the rest is imported. Only regular files are read (links the user chose are followed).
func (p *Project) Import(paths []string) ImportResult {
	var r ImportResult
	if p.ReadOnly {
		for _, f := range paths {
			r.Errs = append(r.Errs, &source.FileError{File: f, Err: p.errReadOnly()})
		}
		return r
	}
	for _, f := range p.expand(paths, &r) {
		b, err := readUserFile(f)
		if err != nil {
			r.Errs = append(r.Errs, &source.FileError{File: f, Err: describe(err)})
			continue
		}
		// check that it loads before keeping a copy
		if _, err := source.LoadBytes(f, b); err != nil {
			var fe *source.FileError
			if !errors.As(err, &fe) {
				fe = &source.FileError{File: f, Err: err}
			}
			r.Errs = append(r.Errs, fe)
			continue
		}
		i, existing, err := p.addCopy(filepath.Base(f), f, b)
		switch {
		case err != nil:
			r.Errs = append(r.Errs, &source.FileError{File: f, Err: err})
		case i < 0:
			r.Duplicates = append(r.Duplicates, Duplicate{File: f, Existing: existing})
		default:
			r.Added = append(r.Added, i)
		}
	}
	return r
}

// expand lists the files to import: files as given, folders by the supported files in them.
func (p *Project) expand(paths []string, r *ImportResult) []string {
	var files []string
	for _, a := range paths {
		fi, err := os.Stat(a)
		if err != nil {
			r.Errs = append(r.Errs, &source.FileError{File: a, Err: errors.New("no such file or folder")})
			continue
		}
		if !fi.IsDir() {
			files = append(files, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			r.Errs = append(r.Errs, &source.FileError{File: a, Err: describe(err)})
			continue
		}
		for _, e := range entries {
			if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
				files = append(files, filepath.Join(a, e.Name()))
			}
		}
	}
	return files
}

// AddText adds a Markdown source written from text (pasted by the user), with a title and a
// published date in its front matter; name is the file name to give it (".md" is added).
func (p *Project) AddText(name, title string, date briefing.Date, text string) (int, error) {
	if p.ReadOnly {
		return -1, p.errReadOnly()
	}
	if strings.TrimSpace(text) == "" {
		return -1, errors.New("there is no text to make a source of")
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	if title != "" {
		b.WriteString("title: " + yamlString(title) + "\n")
	}
	if !date.IsZero() {
		b.WriteString("date: " + date.String() + "\n")
	}
	b.WriteString("---\n\n")
	b.WriteString(strings.ReplaceAll(strings.TrimSpace(text), "\r\n", "\n"))
	b.WriteString("\n")
	file := safeFileName(name) + ".md"
	if _, err := source.LoadBytes(file, b.Bytes()); err != nil {
		return -1, err
	}
	i, existing, err := p.addCopy(file, "pasted text", b.Bytes())
	if err == nil && i < 0 {
		return -1, fmt.Errorf("the project already has this text, as %s", existing)
	}
	return i, err
}

// yamlString quotes s as a YAML double-quoted scalar (JSON's string syntax is one), so a title reads
// back as the text written, whatever it holds.
func yamlString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// safeFileName makes a title usable as a file name.
func safeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r < ' ', strings.ContainsRune(`/\:*?"<>|`, r):
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
	s = strings.Trim(s, ". ")
	if len(s) > 80 {
		cut := 80
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = strings.TrimSpace(s[:cut])
	}
	if s == "" {
		s = "pasted"
	}
	return s
}

// addCopy stores b as a source of the project; -1 and the existing copy's path when the same contents
// are already there.
func (p *Project) addCopy(name, original string, b []byte) (int, string, error) {
	sum := sha256.Sum256(b)
	hexsum := hex.EncodeToString(sum[:])
	for _, s := range p.Sources {
		if s.SHA256 == hexsum {
			return -1, s.File, nil
		}
	}
	base := strings.TrimSuffix(name, filepath.Ext(name))
	ext := filepath.Ext(name)
	rel := SourcesDir + "/" + name
	for n := 2; exists(filepath.Join(p.Dir, filepath.FromSlash(rel))); n++ {
		rel = fmt.Sprintf("%s/%s-%d%s", SourcesDir, base, n, ext)
	}
	if err := p.mkdirs(p.Dir); err != nil {
		return -1, "", err
	}
	to := filepath.Join(p.Dir, filepath.FromSlash(rel))
	if err := p.write(to, b); err != nil {
		return -1, "", err
	}
	p.Sources = append(p.Sources, Source{File: rel, Original: original, SHA256: hexsum, Selected: true})
	return len(p.Sources) - 1, "", nil
}

// Remove takes source i out of the project and deletes the project's copy (the original it was
// imported from is not touched).
func (p *Project) Remove(i int) {
	if i < 0 || i >= len(p.Sources) || p.ReadOnly {
		return
	}
	os.Remove(filepath.Join(p.Dir, filepath.FromSlash(p.Sources[i].File)))
	p.Sources = append(p.Sources[:i], p.Sources[i+1:]...)
}
