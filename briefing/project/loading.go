package project

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/source"
)

// Loaded is one project source after loading.
type Loaded struct {
	Index   int              // in Project.Sources when loaded
	File    string           // the source's path inside the project folder (Source.File)
	Source  *briefing.Source // nil when it could not be loaded
	Missing bool             // the file is no longer in the project folder
	Changed bool             // the file's contents no longer match the recorded SHA-256
	// Attached are the sources an e-mail carries (attachments briefpack reads), AttachErrs those it
	// could not read.
	Attached   []*briefing.Source
	AttachErrs []*source.FileError
	Err        error
}

// LoadSources reads every source of the project as it is on disk; Run applies the user's metadata
// corrections to copies, so a correction that is later cleared gives back the file's own metadata.
// An e-mail's attachments in formats briefpack reads come with it (Attached), each citing the message.
func (p *Project) LoadSources() []Loaded {
	out := make([]Loaded, len(p.Sources))
	for i, s := range p.Sources {
		out[i].Index, out[i].File = i, s.File
		file := filepath.Join(p.Dir, filepath.FromSlash(s.File))
		b, err := readInProject(file)
		if err != nil {
			out[i].Missing = errors.Is(err, os.ErrNotExist)
			out[i].Err = fmt.Errorf("%s: %v", s.File, describe(err))
			continue
		}
		srcs, errs := source.LoadBytesAll(file, b)
		if len(srcs) == 0 {
			out[i].Err = errs[0]
			continue
		}
		base := filepath.Base(s.File)
		for _, src := range srcs { // names inside the project: "note.eml", "note.eml › brief.docx"
			src.File = base + strings.TrimPrefix(src.File, file)
			if src.AttachedTo != "" {
				src.AttachedTo = base
			}
		}
		for _, e := range errs {
			e.File = base + strings.TrimPrefix(e.File, file)
		}
		out[i].Changed = srcs[0].SHA256 != s.SHA256
		out[i].Source, out[i].Attached, out[i].AttachErrs = srcs[0], srcs[1:], errs
	}
	return out
}

// HasCorrections reports whether the user corrected the source's metadata.
func (s Source) HasCorrections() bool {
	return s.Title != "" || !s.Published.IsZero() || s.Publisher != "" || s.Author != ""
}

// ApplyCorrections puts the user's metadata corrections on a loaded source.
func ApplyCorrections(src *briefing.Source, s Source) {
	if s.Title != "" {
		src.Title = s.Title
	}
	if !s.Published.IsZero() {
		src.Published, src.PublishedFrom = s.Published, "set by the user"
	}
	if s.Publisher != "" {
		src.Publisher = s.Publisher
	}
	if s.Author != "" {
		src.Author = s.Author
	}
}

// describe words a file error for the user, without repeating the path.
func describe(err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New("the file is missing from the project folder")
	case errors.Is(err, ErrLink), errors.Is(err, fileio.ErrNotRegular), errors.Is(err, fileio.ErrTooLarge):
		return err
	case errors.Is(err, os.ErrPermission):
		return errors.New("permission denied")
	case errors.As(err, &pe):
		return pe.Err
	}
	return err
}

// ThemesInUse returns the project's themes, or the defaults.
func (p *Project) ThemesInUse() []extract.Theme {
	if p.Themes != nil {
		return p.Themes
	}
	return extract.DefaultThemes()
}

// Run extracts and merges the selected sources that loaded.
func (p *Project) Run(loaded []Loaded) *engine.Result {
	srcs, errs := p.Selected(loaded)
	return engine.Process(srcs, errs, engine.Options{Themes: p.ThemesInUse()})
}

// Selected returns copies of the selected sources that loaded, with the user's corrections applied,
// and the selected ones that did not load.
func (p *Project) Selected(loaded []Loaded) ([]*briefing.Source, []*source.FileError) {
	var srcs []*briefing.Source
	var errs []*source.FileError
	byFile := map[string]int{}
	for i, s := range p.Sources {
		byFile[s.File] = i
	}
	for _, l := range loaded {
		i, ok := byFile[l.File]
		if !ok || !p.Sources[i].Selected {
			continue // removed since it was loaded, or unticked
		}
		if l.Source == nil {
			errs = append(errs, &source.FileError{File: l.File, Err: l.Err})
			continue
		}
		c := *l.Source // extraction fills in metadata; keep the loaded copy clean
		c.Warnings = append([]string(nil), c.Warnings...)
		ApplyCorrections(&c, p.Sources[i])
		srcs = append(srcs, &c)
		for _, a := range l.Attached {
			ac := *a
			ac.Warnings = append([]string(nil), ac.Warnings...)
			srcs = append(srcs, &ac)
		}
		errs = append(errs, l.AttachErrs...)
	}
	return srcs, errs
}
