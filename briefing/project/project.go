// Package project keeps a pack project on disk: a self-contained folder holding copies of the sources
// (with their SHA-256), and project.json with the selection, metadata corrections, settings, theme
// lexicons, edits and the user's own sections.
//
// Every write is atomic and keeps the previous version as project.json.bak; autosaves go to a
// separate file and can be recovered after a crash; a corrupt project file is reported, never
// overwritten; a source file that went missing is marked, not fatal.
package project

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/briefpack/briefpack/assets"
	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/atomicfile"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/source"
)

// Names inside a project folder.
const (
	FileName     = "project.json"
	BackupName   = "project.json.bak"
	AutosaveName = "autosave.json"
	SourcesDir   = "sources"
	Extension    = ".briefpack" // suggested suffix for project folders
	formatNumber = 1
)

// Source is one source of the project: a copy inside the project folder, and what the user said
// about it.
type Source struct {
	File     string `json:"file"`     // path inside the project folder, with forward slashes
	Original string `json:"original"` // where it was imported from (never modified)
	SHA256   string `json:"sha256"`
	Selected bool   `json:"selected"`
	// Corrections the user made to the source's metadata.
	Title     string        `json:"title,omitempty"`
	Published briefing.Date `json:"published,omitzero"`
	Publisher string        `json:"publisher,omitempty"`
	Author    string        `json:"author,omitempty"`
}

// Project is a pack project.
type Project struct {
	Format   int                `json:"briefpack_project"`
	Name     string             `json:"name"`
	Sources  []Source           `json:"sources"`
	Settings pack.Settings      `json:"settings"`
	Themes   []extract.Theme    `json:"themes,omitempty"` // nil: the default themes
	Edits    pack.Edits         `json:"edits"`
	Sections []pack.UserSection `json:"sections"`

	Dir string `json:"-"` // the project folder
}

// CorruptError reports a project file that cannot be read. The file is left as it is.
type CorruptError struct {
	Path   string
	Err    error
	Backup string // a readable earlier version, "" when there is none
}

func (e *CorruptError) Error() string {
	msg := fmt.Sprintf("%s cannot be read (%v); it has not been changed, and your sources are untouched", e.Path, e.Err)
	if e.Backup != "" {
		msg += "; the previous version is in " + e.Backup
	}
	return msg
}

func (e *CorruptError) Unwrap() error { return e.Err }

// New creates an empty project in dir (created if needed; it must not hold a project already).
func New(dir, name string) (*Project, error) {
	if _, err := os.Stat(filepath.Join(dir, FileName)); err == nil {
		return nil, fmt.Errorf("%s already holds a project", dir)
	}
	if err := os.MkdirAll(filepath.Join(dir, SourcesDir), 0o755); err != nil {
		return nil, fmt.Errorf("cannot create the project folder: %w", err)
	}
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(dir), Extension)
	}
	p := &Project{Format: formatNumber, Name: name, Dir: dir, Settings: pack.Settings{Template: "visit", PageSize: "A4", Title: name}}
	return p, p.Save()
}

// NewSample creates a project in dir from the embedded sample library, with the example sections of
// the visit brief, so every feature has something to show.
func NewSample(dir string) (*Project, error) {
	p, err := New(dir, "Northmere–Calvera digital partnership")
	if err != nil {
		return nil, err
	}
	p.Settings = pack.Settings{
		Title: "Northmere–Calvera digital partnership", Subtitle: "Secretary of State's visit to Port Aster",
		Marking: "OFFICIAL", PreparedBy: "Calvera Desk", Template: "visit", PageSize: "A4",
	}
	entries, err := fs.ReadDir(assets.Samples, assets.SampleDir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		b, err := fs.ReadFile(assets.Samples, path.Join(assets.SampleDir, e.Name()))
		if err != nil {
			return nil, err
		}
		if _, err := p.addCopy(e.Name(), "sample library: "+e.Name(), b); err != nil {
			return nil, err
		}
	}
	if b, err := fs.ReadFile(assets.Sections, "sections/visit.md"); err == nil {
		p.Sections = pack.ParseSections(string(b))
	}
	return p, p.Save()
}

// Open reads the project in dir. A file that cannot be read gives a *CorruptError.
func Open(dir string) (*Project, error) {
	file := filepath.Join(dir, FileName)
	b, err := fileio.ReadFile(file)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s is not a briefpack project (no %s)", dir, FileName)
		}
		return nil, fmt.Errorf("cannot read %s: %w", file, err)
	}
	p, err := decode(b)
	if err != nil {
		ce := &CorruptError{Path: file, Err: err}
		if bb, e := fileio.ReadFile(filepath.Join(dir, BackupName)); e == nil {
			if _, e := decode(bb); e == nil {
				ce.Backup = filepath.Join(dir, BackupName)
			}
		}
		return nil, ce
	}
	p.Dir = dir
	return p, nil
}

// OpenBackup reads the previous version kept beside a corrupt project file.
func OpenBackup(dir string) (*Project, error) {
	b, err := fileio.ReadFile(filepath.Join(dir, BackupName))
	if err != nil {
		return nil, err
	}
	p, err := decode(b)
	if err != nil {
		return nil, &CorruptError{Path: filepath.Join(dir, BackupName), Err: err}
	}
	p.Dir = dir
	return p, nil
}

func decode(b []byte) (*Project, error) {
	var p Project
	dec := json.NewDecoder(strings.NewReader(string(b)))
	if err := dec.Decode(&p); err != nil {
		return nil, err
	}
	if p.Format != formatNumber {
		return nil, fmt.Errorf("not a briefpack project file (format %d)", p.Format)
	}
	for _, s := range p.Sources {
		if s.File == "" || strings.Contains(s.File, "..") || filepath.IsAbs(s.File) {
			return nil, fmt.Errorf("source path %q is not inside the project", s.File)
		}
	}
	return &p, nil
}

// Encode returns the project file's contents (stable: the same project gives the same bytes).
func (p *Project) Encode() ([]byte, error) {
	p.Format = formatNumber
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Save writes project.json atomically, keeping the previous version as project.json.bak, and
// removes the autosave.
func (p *Project) Save() error {
	b, err := p.Encode()
	if err != nil {
		return err
	}
	if err := atomicfile.WriteKeepingBackup(filepath.Join(p.Dir, FileName), b); err != nil {
		return err
	}
	os.Remove(filepath.Join(p.Dir, AutosaveName))
	return nil
}

// Autosave writes the unsaved state to autosave.json (atomically), leaving project.json as it is.
func (p *Project) Autosave() error {
	b, err := p.Encode()
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(p.Dir, AutosaveName), b)
}

// Recovery returns the autosaved state of the project in dir when it is newer than the saved
// project and differs from it: unsaved work left by a crash.
func Recovery(dir string) (*Project, time.Time, bool) {
	ai, err := os.Stat(filepath.Join(dir, AutosaveName))
	if err != nil {
		return nil, time.Time{}, false
	}
	b, err := fileio.ReadFile(filepath.Join(dir, AutosaveName))
	if err != nil {
		return nil, time.Time{}, false
	}
	saved, _ := fileio.ReadFile(filepath.Join(dir, FileName))
	if string(saved) == string(b) {
		return nil, time.Time{}, false
	}
	if pi, err := os.Stat(filepath.Join(dir, FileName)); err == nil && pi.ModTime().After(ai.ModTime()) {
		return nil, time.Time{}, false
	}
	p, err := decode(b)
	if err != nil {
		return nil, time.Time{}, false
	}
	p.Dir = dir
	return p, ai.ModTime(), true
}

// DiscardRecovery removes the autosave.
func DiscardRecovery(dir string) { os.Remove(filepath.Join(dir, AutosaveName)) }

// SaveAs copies the project, its sources included, into a new folder and saves it there; p then refers
// to the new folder.
func (p *Project) SaveAs(dir string) error {
	if abs1, _ := filepath.Abs(dir); abs1 != "" {
		if abs2, _ := filepath.Abs(p.Dir); abs1 == abs2 {
			return p.Save()
		}
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); err == nil {
		return fmt.Errorf("%s already holds a project; choose another folder", dir)
	}
	if err := os.MkdirAll(filepath.Join(dir, SourcesDir), 0o755); err != nil {
		return fmt.Errorf("cannot create %s: %w", dir, err)
	}
	for _, s := range p.Sources {
		from := filepath.Join(p.Dir, filepath.FromSlash(s.File))
		if _, err := os.Stat(from); err != nil {
			continue // a missing source stays marked missing in the copy too
		}
		if err := atomicfile.Copy(from, filepath.Join(dir, filepath.FromSlash(s.File))); err != nil {
			return err
		}
	}
	old := p.Dir
	p.Dir = dir
	if err := p.Save(); err != nil {
		p.Dir = old
		return err
	}
	return nil
}

// Import copies files into the project (folders: every supported file in them). Originals are never
// modified. Files already in the project (same SHA-256) are skipped. Problems come back per file;
// the rest is imported.
func (p *Project) Import(paths []string) (added []int, errs []*source.FileError) {
	var files []string
	for _, a := range paths {
		fi, err := os.Stat(a)
		if err != nil {
			errs = append(errs, &source.FileError{File: a, Err: errors.New("no such file or folder")})
			continue
		}
		if !fi.IsDir() {
			files = append(files, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			errs = append(errs, &source.FileError{File: a, Err: err})
			continue
		}
		for _, e := range entries {
			if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
				files = append(files, filepath.Join(a, e.Name()))
			}
		}
	}
	for _, f := range files {
		b, err := fileio.ReadFile(f)
		if err != nil {
			errs = append(errs, &source.FileError{File: f, Err: err})
			continue
		}
		// check that it loads before keeping a copy
		if _, err := source.LoadBytes(f, b); err != nil {
			var fe *source.FileError
			if errors.As(err, &fe) {
				errs = append(errs, fe)
			} else {
				errs = append(errs, &source.FileError{File: f, Err: err})
			}
			continue
		}
		i, err := p.addCopy(filepath.Base(f), f, b)
		if err != nil {
			errs = append(errs, &source.FileError{File: f, Err: err})
			continue
		}
		if i >= 0 {
			added = append(added, i)
		}
	}
	return added, errs
}

// addCopy stores b as a source of the project; -1 when the same contents are already there.
func (p *Project) addCopy(name, original string, b []byte) (int, error) {
	sum := sha256.Sum256(b)
	hexsum := hex.EncodeToString(sum[:])
	for _, s := range p.Sources {
		if s.SHA256 == hexsum {
			return -1, nil
		}
	}
	base := strings.TrimSuffix(name, filepath.Ext(name))
	ext := filepath.Ext(name)
	rel := SourcesDir + "/" + name
	for n := 2; ; n++ {
		if _, err := os.Stat(filepath.Join(p.Dir, filepath.FromSlash(rel))); errors.Is(err, os.ErrNotExist) {
			break
		}
		rel = fmt.Sprintf("%s/%s-%d%s", SourcesDir, base, n, ext)
	}
	if err := os.MkdirAll(filepath.Join(p.Dir, SourcesDir), 0o755); err != nil {
		return -1, err
	}
	if err := atomicfile.Write(filepath.Join(p.Dir, filepath.FromSlash(rel)), b); err != nil {
		return -1, err
	}
	p.Sources = append(p.Sources, Source{File: rel, Original: original, SHA256: hexsum, Selected: true})
	return len(p.Sources) - 1, nil
}

// Remove takes source i out of the project and deletes the project's copy (the original it was
// imported from is not touched).
func (p *Project) Remove(i int) {
	if i < 0 || i >= len(p.Sources) {
		return
	}
	os.Remove(filepath.Join(p.Dir, filepath.FromSlash(p.Sources[i].File)))
	p.Sources = append(p.Sources[:i], p.Sources[i+1:]...)
}

// Loaded is one project source after loading.
type Loaded struct {
	Index   int              // in Project.Sources
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
		out[i].Index = i
		file := filepath.Join(p.Dir, filepath.FromSlash(s.File))
		b, err := fileio.ReadFile(file)
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

func describe(err error) error {
	if errors.Is(err, os.ErrNotExist) {
		return errors.New("the file is missing from the project folder")
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

// SortedSections returns the user's sections in the order of the template's ids (others after).
func SortedSections(secs []pack.UserSection, order []string) []pack.UserSection {
	rank := map[string]int{}
	for i, id := range order {
		rank[id] = i + 1
	}
	out := append([]pack.UserSection(nil), secs...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := rank[out[i].ID], rank[out[j].ID]
		if a == 0 {
			a = 1 << 20
		}
		if b == 0 {
			b = 1 << 20
		}
		return a < b
	})
	return out
}

// Section returns the Markdown of the user's section id ("" when there is none).
func (p *Project) Section(id string) string { return pack.FindSection(p.Sections, id) }
