// Package project keeps a pack project on disk: a self-contained folder holding copies of the sources
// (with their SHA-256), and project.json with the selection, metadata corrections, settings, theme
// lexicons, edits and the user's own sections.
//
// Every write is atomic and keeps the previous version as project.json.bak; autosaves go to a
// separate file and can be recovered after a crash; a corrupt project file is reported, never
// overwritten; a source file that went missing is marked, not fatal. An open project is locked
// (project.lock): a second briefpack opens it read-only. Temporary files left by a write that was
// killed are removed at the next open. A project marked OFFICIAL-SENSITIVE is owner-only.
package project

import (
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
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/pack"
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

	// ReadOnly is set when another briefpack has the project open (Locked says who): Save and Autosave
	// refuse, Save As writes a copy elsewhere.
	ReadOnly bool         `json:"-"`
	Locked   *LockedError `json:"-"`
	// Cleaned lists the temporary files of an interrupted write that Open removed.
	Cleaned []string `json:"-"`

	lock *lock
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
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(dir), Extension)
	}
	p := &Project{Format: formatNumber, Name: name, Dir: dir, Settings: pack.Settings{Template: "visit", PageSize: "A4", Title: name}}
	if err := p.mkdirs(dir); err != nil {
		return nil, fmt.Errorf("cannot create the project folder: %w", err)
	}
	l, err := acquire(dir, false)
	if err != nil {
		return nil, err
	}
	p.lock = l
	if err := p.Save(); err != nil {
		p.Close()
		return nil, err
	}
	return p, nil
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
		if _, _, err := p.addCopy(e.Name(), "sample library: "+e.Name(), b); err != nil {
			p.Close()
			return nil, err
		}
	}
	if b, err := fs.ReadFile(assets.Sections, "sections/visit.md"); err == nil {
		p.Sections = pack.ParseSections(string(b))
	}
	return p, p.Save()
}

// Open reads the project in dir and locks it. When another briefpack has it open, the project is
// opened read-only (ReadOnly, Locked). When this one holds the lock, temporary files left by an
// interrupted write are removed (Cleaned). A file that cannot be read gives a *CorruptError. Close
// releases the lock.
func Open(dir string) (*Project, error) {
	file := filepath.Join(dir, FileName)
	b, err := readInProject(file)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s is not a briefpack project (no %s)", dir, FileName)
		}
		return nil, fmt.Errorf("cannot read %s: %v", file, describe(err))
	}
	p, err := decode(b)
	if err != nil {
		ce := &CorruptError{Path: file, Err: err}
		if bb, e := readInProject(filepath.Join(dir, BackupName)); e == nil {
			if _, e := decode(bb); e == nil {
				ce.Backup = filepath.Join(dir, BackupName)
			}
		}
		return nil, ce
	}
	p.Dir = dir
	p.takeLock(false)
	return p, nil
}

// takeLock locks the project, or marks it read-only with who holds it.
func (p *Project) takeLock(takeOver bool) {
	l, err := acquire(p.Dir, takeOver)
	var le *LockedError
	switch {
	case errors.As(err, &le):
		p.ReadOnly, p.Locked = true, le
	case err != nil: // a folder we cannot write to: read-only too, with the reason
		p.ReadOnly, p.Locked = true, &LockedError{Dir: p.Dir}
	default:
		p.lock, p.ReadOnly, p.Locked = l, false, nil
		p.Cleaned = cleanTemp(p.Dir)
	}
}

// TakeOver takes the lock of a read-only project whose holder is on another host and no longer runs
// (the user's word for it); it fails if a briefpack on this host still holds it.
func (p *Project) TakeOver() error {
	if !p.ReadOnly {
		return nil
	}
	p.takeLock(true)
	if p.ReadOnly {
		return p.Locked
	}
	return nil
}

// Close releases the project's lock; the Project can still be read, not saved.
func (p *Project) Close() {
	if p.lock != nil {
		p.lock.release()
		p.lock = nil
	}
}

// errReadOnly is why a read-only project is not written.
func (p *Project) errReadOnly() error {
	if p.Locked != nil && p.Locked.Holder.PID != 0 {
		return p.Locked
	}
	return fmt.Errorf("%s is open read-only; use Save As to keep your changes in another folder", p.Dir)
}

// OpenBackup reads the previous version kept beside a corrupt project file.
func OpenBackup(dir string) (*Project, error) {
	b, err := readInProject(filepath.Join(dir, BackupName))
	if err != nil {
		return nil, err
	}
	p, err := decode(b)
	if err != nil {
		return nil, &CorruptError{Path: filepath.Join(dir, BackupName), Err: err}
	}
	p.Dir = dir
	p.takeLock(false)
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
	if p.ReadOnly {
		return p.errReadOnly()
	}
	b, err := p.Encode()
	if err != nil {
		return err
	}
	if err := p.protect(p.Dir); err != nil {
		return err
	}
	if err := p.writeKeepingBackup(filepath.Join(p.Dir, FileName), b); err != nil {
		return err
	}
	os.Remove(filepath.Join(p.Dir, AutosaveName))
	return nil
}

// Autosave writes the unsaved state to autosave.json (atomically), leaving project.json as it is.
func (p *Project) Autosave() error {
	if p.ReadOnly {
		return p.errReadOnly()
	}
	b, err := p.Encode()
	if err != nil {
		return err
	}
	return p.write(filepath.Join(p.Dir, AutosaveName), b)
}

// Recovery returns the autosaved state of the project in dir when it is newer than the saved
// project and differs from it: unsaved work left by a crash.
func Recovery(dir string) (*Project, time.Time, bool) {
	ai, err := os.Stat(filepath.Join(dir, AutosaveName))
	if err != nil {
		return nil, time.Time{}, false
	}
	b, err := readInProject(filepath.Join(dir, AutosaveName))
	if err != nil {
		return nil, time.Time{}, false
	}
	saved, _ := readInProject(filepath.Join(dir, FileName))
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
// to the new folder (locked) and is no longer read-only. A source that is a symbolic link or not a
// regular file is not copied (a link's target is never copied in): such files are returned, and stay
// marked in the copy as they were in the original.
func (p *Project) SaveAs(dir string) (skipped []string, err error) {
	if abs1, _ := filepath.Abs(dir); abs1 != "" {
		if abs2, _ := filepath.Abs(p.Dir); abs1 == abs2 {
			return nil, p.Save()
		}
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); err == nil {
		return nil, fmt.Errorf("%s already holds a project; choose another folder", dir)
	}
	if err := p.mkdirs(dir); err != nil {
		return nil, fmt.Errorf("cannot create %s: %w", dir, err)
	}
	l, err := acquire(dir, false)
	if err != nil {
		return nil, err
	}
	for _, s := range p.Sources {
		b, err := readInProject(filepath.Join(p.Dir, filepath.FromSlash(s.File)))
		if errors.Is(err, os.ErrNotExist) {
			continue // a missing source stays marked missing in the copy too
		}
		if err != nil {
			skipped = append(skipped, s.File+": "+describe(err).Error())
			continue
		}
		to := filepath.Join(dir, filepath.FromSlash(s.File))
		if err := p.write(to, b); err != nil {
			l.release()
			return skipped, err
		}
	}
	old, oldLock, oldRO, oldLocked := p.Dir, p.lock, p.ReadOnly, p.Locked
	p.Dir, p.lock, p.ReadOnly, p.Locked = dir, l, false, nil
	if err := p.Save(); err != nil {
		l.release()
		p.Dir, p.lock, p.ReadOnly, p.Locked = old, oldLock, oldRO, oldLocked
		return skipped, err
	}
	oldLock.release()
	return skipped, nil
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

// Clone returns a copy of the project's settings, sources, themes, edits and sections that shares
// nothing with p (for work on another goroutine while the user goes on editing: extracting,
// building, autosaving). The copy holds no lock of its own.
func (p *Project) Clone() *Project {
	b, err := json.Marshal(p)
	q := &Project{}
	if err == nil {
		err = json.Unmarshal(b, q)
	}
	if err != nil { // cannot happen for a project that was encoded before; fall back on a shallow copy
		c := *p
		c.lock = nil
		q = &c
	}
	q.Dir, q.ReadOnly, q.Locked = p.Dir, p.ReadOnly, p.Locked
	return q
}
