package project

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

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
	Err     error
}

// LoadSources reads every source of the project as it is on disk; Run applies the user's metadata
// corrections to copies, so a correction that is later cleared gives back the file's own metadata.
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
		src, err := source.LoadBytes(file, b)
		if err != nil {
			out[i].Err = err
			continue
		}
		src.File = filepath.Base(s.File)
		out[i].Changed = src.SHA256 != s.SHA256
		out[i].Source = src
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
	for _, l := range loaded {
		if !p.Sources[l.Index].Selected {
			continue
		}
		if l.Source == nil {
			errs = append(errs, &source.FileError{File: p.Sources[l.Index].File, Err: l.Err})
			continue
		}
		c := *l.Source // extraction fills in metadata; keep the loaded copy clean
		c.Warnings = append([]string(nil), c.Warnings...)
		ApplyCorrections(&c, p.Sources[l.Index])
		srcs = append(srcs, &c)
	}
	return srcs, errs
}
