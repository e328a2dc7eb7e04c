package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
)

// openInitial opens the project named in the options, else the most recent, else the sample.
func (u *UI) openInitial() {
	dir := u.opts.Project
	if dir == "" {
		for _, r := range u.recent() {
			if _, err := os.Stat(filepath.Join(r, project.FileName)); err == nil {
				dir = r
				break
			}
		}
	}
	if dir == "" {
		sample := filepath.Join(u.dataDir(), "Sample"+project.Extension)
		if _, err := os.Stat(filepath.Join(sample, project.FileName)); err != nil {
			p, err := project.NewSample(sample)
			if err != nil {
				u.showError(fmt.Errorf("could not create the sample project: %w", err))
				return
			}
			u.setProject(p)
			return
		}
		dir = sample
	}
	u.openProject(dir)
}

// openProject opens the project in dir, offering to recover unsaved work and to fall back on the
// backup of a corrupt project file; a project open in another briefpack opens read-only.
func (u *UI) openProject(dir string) {
	if p := u.project(); p != nil && samePath(p.Dir, dir) {
		return // already open here
	}
	p, err := project.Open(dir)
	var ce *project.CorruptError
	switch {
	case errors.As(err, &ce):
		msg := ce.Error()
		if ce.Backup == "" {
			u.showError(errors.New(msg))
			return
		}
		u.confirm("Project file damaged", msg+"\n\nOpen the previous version?", func(ok bool) {
			if !ok {
				return
			}
			if bp, err := project.OpenBackup(dir); err == nil {
				u.setProject(bp)
				u.markDirty() // saving writes the recovered version back as the project file
			} else {
				u.showError(err)
			}
		})
		return
	case err != nil:
		u.showError(err)
		return
	}
	u.setProject(p)
	if p.ReadOnly {
		return // the other briefpack's autosave is not ours to offer
	}
	if r, when, ok := project.Recovery(dir); ok {
		u.confirm("Recover unsaved work?",
			fmt.Sprintf("briefpack found changes to this project that were not saved (autosaved %s).\nRecover them?", when.Format("2 Jan 2006 15:04")),
			func(yes bool) {
				if !yes {
					project.DiscardRecovery(dir)
					return
				}
				if u.project() != p {
					return
				}
				u.change("Recover unsaved work", "", func(q *project.Project) {
					q.Sources, q.Settings, q.Themes, q.Edits, q.Sections = r.Sources, r.Settings, r.Themes, r.Edits, r.Sections
				})
				u.settings.load(p)
				u.sections.load(p)
				u.reload()
			})
	}
}

func samePath(a, b string) bool {
	x, _ := filepath.Abs(a)
	y, _ := filepath.Abs(b)
	return x == y
}

// setProject makes p the open project: the previous one is closed (its lock released), every pane
// forgets what it showed, and everything is recomputed.
func (u *UI) setProject(p *project.Project) {
	u.mu.Lock()
	old := u.proj
	u.proj = p
	u.dirty = false
	u.loaded, u.res, u.pk = nil, nil, nil
	u.gen++
	u.mu.Unlock()
	u.stopAutosave()
	if old != nil && old != p {
		old.Close()
	}
	u.history.clear()
	u.updateUndoMenu()
	u.addRecent(p.Dir)
	u.updateTitle()
	u.lib.reset()
	u.srcView.reset()
	u.timeline.reset()
	u.quotes.reset()
	u.settings.load(p)
	u.sections.load(p)
	u.banner.show(p)
	u.refreshAll()
	if len(p.Cleaned) > 0 {
		u.setStatus(fmt.Sprintf("Removed %d temporary file(s) left by an interrupted save", len(p.Cleaned)))
	}
	u.reload()
}

// closeProject releases the open project's lock (when the window closes).
func (u *UI) closeProject() {
	if p := u.project(); p != nil {
		p.Close()
	}
}

// reload re-reads the project's sources from disk, then recomputes.
func (u *UI) reload() {
	p := u.project()
	if p == nil {
		return
	}
	snap := p.Clone()
	u.run("Loading sources…", func() {
		loaded := snap.LoadSources()
		u.mu.Lock()
		if u.proj == p {
			u.loaded = loaded
		}
		u.mu.Unlock()
	}, u.recompute)
}

// recompute re-runs extraction and merging (selection, metadata or themes changed), on a snapshot of
// the project so the user can go on editing.
func (u *UI) recompute() {
	u.mu.Lock()
	u.gen++
	gen := u.gen
	p, loaded := u.proj, u.loaded
	u.mu.Unlock()
	if p == nil {
		return
	}
	snap := p.Clone()
	u.run("Extracting…", func() {
		res := snap.Run(loaded)
		pk := pack.New(build.PackInput(res), snap.ThemesInUse(), snap.Settings, snap.Edits, snap.Sections)
		u.mu.Lock()
		if gen == u.gen {
			u.res, u.pk = res, pk
		}
		u.mu.Unlock()
	}, func() {
		if gen != u.gen {
			return
		}
		u.adoptRekeyed()
		u.refreshAll()
	})
}

// repack rebuilds the pack view after an edit that needs no new extraction (an include toggle, a
// changed date).
func (u *UI) repack() {
	u.mu.Lock()
	p, res := u.proj, u.res
	u.mu.Unlock()
	if p == nil || res == nil {
		return
	}
	pk := pack.New(build.PackInput(res), p.ThemesInUse(), p.Settings, p.Edits, p.Sections)
	u.mu.Lock()
	u.pk = pk
	u.mu.Unlock()
	u.adoptRekeyed()
	u.timeline.refresh()
	u.quotes.refresh()
}

// adoptRekeyed moves edits that the pack applied under another key (made with an earlier version, or
// on an item another source has since corroborated) to their items' keys; saving keeps them there.
func (u *UI) adoptRekeyed() {
	p, pk := u.project(), u.currentPack()
	if p == nil || pk == nil || len(pk.Rekeyed) == 0 || p.ReadOnly {
		return
	}
	if pk.Rekey(&p.Edits) {
		u.markDirty()
		u.setStatus(fmt.Sprintf("%d edit(s) moved to the items they were made on (saving keeps them there)", len(pk.Rekeyed)))
	}
}

// Save writes the project (atomically, keeping a backup).
func (u *UI) Save() error {
	p := u.project()
	if p == nil {
		return nil
	}
	u.sections.store(p)
	if err := p.Save(); err != nil {
		u.showError(err)
		return err
	}
	u.setClean()
	u.setStatus("Saved " + filepath.Join(p.Dir, project.FileName))
	return nil
}

// saveAs copies the project (with its sources) into a new folder.
func (u *UI) saveAs(then func()) {
	p := u.project()
	if p == nil {
		return
	}
	u.chooseFolder("Save a copy of the project in…", "Save here", func(dir string) {
		target := filepath.Join(dir, safeName(p.Name)+project.Extension)
		u.sections.store(p)
		skipped, err := p.SaveAs(target)
		if err != nil {
			u.showError(err)
			return
		}
		u.setClean()
		u.addRecent(p.Dir)
		u.banner.show(p)
		u.updateTitle()
		u.setStatus("Saved as " + p.Dir)
		if len(skipped) > 0 {
			u.showInfo("Save As", "Saved. These files were not copied:\n\n• "+strings.Join(skipped, "\n• "))
		}
		if then != nil {
			then()
		}
	})
}

// chooseFolder asks for a folder with Fyne's folder dialog, titled for what it is for.
func (u *UI) chooseFolder(title, confirm string, chosen func(dir string)) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		chosen(dir.Path())
	}, u.win)
	d.SetTitleText(title)
	d.SetConfirmText(confirm)
	d.Resize(dialogSize(u.win, 760, 520))
	d.Show()
}

// dialogSize is a dialog size that fits inside the window.
func dialogSize(w fyne.Window, width, height float32) fyne.Size {
	s := w.Canvas().Size()
	return fyne.NewSize(min(width, s.Width*0.95), min(height, s.Height*0.92))
}

func safeName(s string) string {
	s = strings.TrimSpace(s)
	return strings.Map(func(r rune) rune {
		if r < ' ' || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, s)
}
