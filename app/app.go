// Package app is briefpack's desktop window, in Fyne: a library of sources on the left, the selected
// source in the middle, the pack (settings, themes, timeline, quotations, sections, build) on the
// right. It holds no extraction logic: it drives briefing/project, engine, pack and build, and runs
// them off the UI goroutine, updating widgets only inside fyne.Do.
//
// Only package main imports fyne.io/fyne/v2/app; this package and its tests work with any fyne.App,
// including the test driver's.
package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
)

// Preference keys.
const (
	prefRecent      = "recentProjects"
	prefWidth       = "windowWidth"
	prefHeight      = "windowHeight"
	prefSplitLib    = "splitLibrary"
	prefSplitSource = "splitSource"
	maxRecent       = 8
	autosaveDelay   = 2 * time.Second
)

// Options configure the app.
type Options struct {
	// Project opens this project folder instead of the last one.
	Project string
	// DataDir is where the sample project is created on first run (default: the app's storage).
	DataDir string
	// NoAutosave turns autosaving off (tests that check what is on disk).
	NoAutosave bool
	// Synchronous runs background work inline. The Fyne test driver runs fyne.Do callbacks on the
	// calling goroutine, so tests use this to keep widget updates on one goroutine, as the real
	// driver does.
	Synchronous bool
}

// UI is the app's window and state.
type UI struct {
	app  fyne.App
	win  fyne.Window
	opts Options

	mu     sync.Mutex // guards the fields below that background work reads
	proj   *project.Project
	loaded []project.Loaded
	res    *engine.Result
	pk     *pack.Pack
	dirty  bool
	gen    int // generation of the latest recompute
	busy   sync.WaitGroup

	autosave *time.Timer

	lib      *libraryPane
	srcView  *sourcePane
	settings *settingsTab
	themes   *themesTab
	timeline *timelineTab
	quotes   *quotesTab
	sections *sectionsTab
	build    *buildTab
	tabs     *container.AppTabs
	split1   *container.Split
	split2   *container.Split
	status   *widget.Label
}

// New creates the main window and opens a project: opts.Project, else the last one, else the sample
// project (created on first run).
func New(a fyne.App, opts Options) *UI {
	u := &UI{app: a, opts: opts}
	u.win = a.NewWindow("briefpack")
	u.buildWindow()
	w := float32(a.Preferences().FloatWithFallback(prefWidth, 1280))
	h := float32(a.Preferences().FloatWithFallback(prefHeight, 800))
	u.win.Resize(fyne.NewSize(w, h))
	u.win.SetCloseIntercept(u.quit)
	u.win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		var paths []string
		for _, uri := range uris {
			if uri.Scheme() == "file" {
				paths = append(paths, uri.Path())
			}
		}
		u.importPaths(paths)
	})
	u.openInitial()
	return u
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

func (u *UI) buildWindow() {
	u.status = widget.NewLabel("")
	u.lib = newLibraryPane(u)
	u.srcView = newSourcePane(u)
	u.settings = newSettingsTab(u)
	u.themes = newThemesTab(u)
	u.timeline = newTimelineTab(u)
	u.quotes = newQuotesTab(u)
	u.sections = newSectionsTab(u)
	u.build = newBuildTab(u)
	u.tabs = container.NewAppTabs(
		container.NewTabItem("Settings", u.settings.view),
		container.NewTabItem("Themes", u.themes.view),
		container.NewTabItem("Timeline", u.timeline.view),
		container.NewTabItem("Quotations", u.quotes.view),
		container.NewTabItem("Sections", u.sections.view),
		container.NewTabItem("Build", u.build.view),
	)
	u.split2 = container.NewHSplit(u.srcView.view, u.tabs)
	u.split2.Offset = u.app.Preferences().FloatWithFallback(prefSplitSource, 0.45)
	u.split1 = container.NewHSplit(u.lib.view, u.split2)
	u.split1.Offset = u.app.Preferences().FloatWithFallback(prefSplitLib, 0.27)
	u.win.SetContent(container.NewBorder(nil, container.NewPadded(u.status), nil, nil, u.split1))
	u.win.SetMainMenu(u.menu())
	u.shortcuts()
}

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
			if _, err := project.NewSample(sample); err != nil {
				dialog.ShowError(fmt.Errorf("could not create the sample project: %w", err), u.win)
				return
			}
		}
		dir = sample
	}
	u.openProject(dir)
}

func (u *UI) dataDir() string {
	if u.opts.DataDir != "" {
		return u.opts.DataDir
	}
	if root := u.app.Storage().RootURI(); root != nil {
		return root.Path()
	}
	d, _ := os.UserConfigDir()
	return filepath.Join(d, "briefpack")
}

// openProject opens the project in dir, offering to recover unsaved work and to fall back on the
// backup of a corrupt project file.
func (u *UI) openProject(dir string) {
	p, err := project.Open(dir)
	var ce *project.CorruptError
	switch {
	case errors.As(err, &ce):
		msg := ce.Error()
		if ce.Backup == "" {
			dialog.ShowError(errors.New(msg), u.win)
			return
		}
		dialog.ShowConfirm("Project file damaged", msg+"\n\nOpen the previous version?", func(ok bool) {
			if !ok {
				return
			}
			if bp, err := project.OpenBackup(dir); err == nil {
				u.setProject(bp)
				u.markDirty() // saving writes the recovered version back as the project file
			} else {
				dialog.ShowError(err, u.win)
			}
		}, u.win)
		return
	case err != nil:
		dialog.ShowError(err, u.win)
		return
	}
	if r, when, ok := project.Recovery(dir); ok {
		dialog.ShowConfirm("Recover unsaved work?",
			fmt.Sprintf("briefpack found changes to this project that were not saved (autosaved %s).\nRecover them?", when.Format("2 Jan 2006 15:04")),
			func(yes bool) {
				if yes {
					u.setProject(r)
					u.markDirty()
				} else {
					project.DiscardRecovery(dir)
				}
			}, u.win)
	}
	u.setProject(p)
}

// setProject makes p the open project and recomputes everything.
func (u *UI) setProject(p *project.Project) {
	u.mu.Lock()
	u.proj = p
	u.dirty = false
	u.mu.Unlock()
	u.addRecent(p.Dir)
	u.updateTitle()
	u.settings.load(p)
	u.sections.load(p)
	u.reload()
}

func (u *UI) project() *project.Project {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.proj
}

// reload re-reads the project's sources from disk, then recomputes.
func (u *UI) reload() {
	p := u.project()
	if p == nil {
		return
	}
	u.run("Loading sources…", func() {
		loaded := p.LoadSources()
		u.mu.Lock()
		u.loaded = loaded
		u.mu.Unlock()
	}, u.recomputeNow)
}

// recompute re-runs extraction and merging (selection, metadata or themes changed).
func (u *UI) recompute() { u.recomputeNow() }

func (u *UI) recomputeNow() {
	u.mu.Lock()
	u.gen++
	gen := u.gen
	p, loaded := u.proj, u.loaded
	u.mu.Unlock()
	if p == nil {
		return
	}
	u.run("Extracting…", func() {
		res := p.Run(loaded)
		pk := pack.New(build.PackInput(res), p.ThemesInUse(), p.Settings, p.Edits, p.Sections)
		u.mu.Lock()
		if gen == u.gen {
			u.res, u.pk = res, pk
		}
		u.mu.Unlock()
	}, func() {
		if gen != u.gen {
			return
		}
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
	u.timeline.refresh()
	u.quotes.refresh()
}

// run does work off the UI goroutine, then done on it.
func (u *UI) run(status string, work func(), done func()) {
	u.setStatus(status)
	if u.opts.Synchronous {
		work()
		u.setStatus("")
		if done != nil {
			done()
		}
		return
	}
	u.busy.Add(1)
	go func() {
		defer u.busy.Done()
		work()
		fyne.DoAndWait(func() {
			u.setStatus("")
			if done != nil {
				done()
			}
		})
	}()
}

// Wait blocks until background work started so far (and what it started) has finished.
func (u *UI) Wait() {
	for i := 0; i < 10; i++ {
		u.busy.Wait()
		time.Sleep(5 * time.Millisecond)
	}
	u.busy.Wait()
}

func (u *UI) setStatus(s string) { u.status.SetText(s) }

func (u *UI) refreshAll() {
	u.lib.refresh()
	u.srcView.refresh()
	u.themes.refresh()
	u.timeline.refresh()
	u.quotes.refresh()
	u.build.refresh()
	u.updateTitle()
}

// markDirty records an unsaved change and schedules an autosave.
func (u *UI) markDirty() {
	u.mu.Lock()
	u.dirty = true
	p := u.proj
	u.mu.Unlock()
	u.updateTitle()
	if u.opts.NoAutosave || p == nil {
		return
	}
	if u.autosave != nil {
		u.autosave.Stop()
	}
	u.autosave = time.AfterFunc(autosaveDelay, func() {
		u.mu.Lock()
		dirty := u.dirty
		u.mu.Unlock()
		if dirty {
			if err := p.Autosave(); err != nil {
				fyne.Do(func() { u.setStatus("Autosave failed: " + err.Error()) })
			}
		}
	})
}

func (u *UI) updateTitle() {
	p := u.project()
	title := "briefpack"
	if p != nil {
		title = p.Name + " — briefpack"
		u.mu.Lock()
		if u.dirty {
			title = "• " + title
		}
		u.mu.Unlock()
	}
	u.win.SetTitle(title)
}

// Save writes the project (atomically, keeping a backup).
func (u *UI) Save() error {
	p := u.project()
	if p == nil {
		return nil
	}
	u.sections.store(p)
	if err := p.Save(); err != nil {
		dialog.ShowError(err, u.win)
		return err
	}
	u.mu.Lock()
	u.dirty = false
	u.mu.Unlock()
	u.updateTitle()
	u.setStatus("Saved " + filepath.Join(p.Dir, project.FileName))
	return nil
}

// quit asks about unsaved changes, remembers the window's size and split, and closes.
func (u *UI) quit() {
	prefs := u.app.Preferences()
	size := u.win.Canvas().Size()
	prefs.SetFloat(prefWidth, float64(size.Width))
	prefs.SetFloat(prefHeight, float64(size.Height))
	prefs.SetFloat(prefSplitLib, u.split1.Offset)
	prefs.SetFloat(prefSplitSource, u.split2.Offset)
	u.mu.Lock()
	dirty := u.dirty
	u.mu.Unlock()
	if !dirty {
		u.win.Close()
		return
	}
	dialog.ShowConfirm("Save changes?", "This project has changes that are not saved. Save them before closing?", func(save bool) {
		if save && u.Save() != nil {
			return
		}
		if !save {
			if p := u.project(); p != nil {
				p.Autosave() // kept for recovery; the saved project is untouched
			}
		}
		u.win.Close()
	}, u.win)
}

func (u *UI) recent() []string { return u.app.Preferences().StringList(prefRecent) }

func (u *UI) addRecent(dir string) {
	list := []string{dir}
	for _, r := range u.recent() {
		if r != dir && len(list) < maxRecent {
			list = append(list, r)
		}
	}
	u.app.Preferences().SetStringList(prefRecent, list)
	u.win.SetMainMenu(u.menu())
}
