// Package app is briefpack's desktop window, in Fyne: a library of sources on the left, the selected
// source in the middle, the pack (settings, themes, timeline, quotations, sections, build) on the
// right. It holds no extraction logic: it drives briefing/project, engine, pack and build, and runs
// them off the UI goroutine, updating widgets only inside fyne.Do.
//
// Only package main imports fyne.io/fyne/v2/app; this package and its tests work with any fyne.App,
// including the test driver's.
package app

import (
	"os"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

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
	prefTab         = "selectedTab"
	prefAppearance  = "appearance"
	prefImportDir   = "importFolder"
	prefNewDir      = "newProjectFolder"
	maxRecent       = 8
	autosaveDelay   = 2 * time.Second
)

// The window's default size, in Fyne units: it fits a 1280×720 screen at scale 1 and, once FitScreen
// has clamped it, a 1366×768 screen at scale 1.25 (1093×614 units). The content's minimum is smaller
// still (TestWindowFitsSmallScreens).
const (
	defaultWidth  = 1180
	defaultHeight = 680
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
	history  history
	keys     keyHandlers
	closed   bool // the window was closed (quit)

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
	banner   *banner
	importer *importDialog
	menus    menuItems
}

// New creates the main window and opens a project: opts.Project, else the last one, else the sample
// project (created on first run).
func New(a fyne.App, opts Options) *UI {
	u := &UI{app: a, opts: opts}
	u.applyAppearance(a.Preferences().StringWithFallback(prefAppearance, appearanceSystem))
	u.win = a.NewWindow("briefpack")
	u.buildWindow()
	w := float32(a.Preferences().FloatWithFallback(prefWidth, defaultWidth))
	h := float32(a.Preferences().FloatWithFallback(prefHeight, defaultHeight))
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
	u.win.Canvas().SetOnTypedKey(u.keys.typedKey)
	u.openInitial()
	return u
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

// FitScreen makes the window fit a screen of the given size (in Fyne units, i.e. pixels divided by
// the scale), keeping a remembered size that is smaller.
func (u *UI) FitScreen(screen fyne.Size) {
	if screen.Width <= 0 || screen.Height <= 0 {
		return
	}
	size := u.win.Canvas().Size()
	if size.Width <= screen.Width && size.Height <= screen.Height {
		return
	}
	u.win.Resize(fyne.NewSize(min(size.Width, screen.Width), min(size.Height, screen.Height)))
}

func (u *UI) buildWindow() {
	u.status = widget.NewLabel("")
	u.status.Truncation = fyne.TextTruncateEllipsis
	u.banner = newBanner(u)
	u.lib = newLibraryPane(u)
	u.srcView = newSourcePane(u)
	u.settings = newSettingsTab(u)
	u.themes = newThemesTab(u)
	u.timeline = newTimelineTab(u)
	u.quotes = newQuotesTab(u)
	u.sections = newSectionsTab(u)
	u.build = newBuildTab(u)
	u.importer = newImportDialog(u)
	u.tabs = container.NewAppTabs(
		container.NewTabItem("Settings", u.settings.view),
		container.NewTabItem("Themes", u.themes.view),
		container.NewTabItem("Timeline", u.timeline.view),
		container.NewTabItem("Quotations", u.quotes.view),
		container.NewTabItem("Sections", u.sections.view),
		container.NewTabItem("Build", u.build.view),
	)
	if i := u.app.Preferences().IntWithFallback(prefTab, 0); i >= 0 && i < len(u.tabs.Items) {
		u.tabs.SelectIndex(i)
	}
	u.tabs.OnSelected = func(*container.TabItem) { u.app.Preferences().SetInt(prefTab, u.tabs.SelectedIndex()) }
	u.split2 = container.NewHSplit(u.srcView.view, u.tabs)
	u.split2.Offset = u.app.Preferences().FloatWithFallback(prefSplitSource, 0.38)
	u.split1 = container.NewHSplit(u.lib.view, u.split2)
	u.split1.Offset = u.app.Preferences().FloatWithFallback(prefSplitLib, 0.25)
	u.win.SetContent(container.NewBorder(u.banner.view, container.NewPadded(u.status), nil, nil, u.split1))
	u.setMenu()
	u.shortcuts()
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

func (u *UI) project() *project.Project {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.proj
}

func (u *UI) currentPack() *pack.Pack {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.pk
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
	if u.opts.NoAutosave || p == nil || p.ReadOnly {
		return
	}
	u.stopAutosave()
	u.autosave = time.AfterFunc(autosaveDelay, func() {
		var snap *project.Project
		fyne.DoAndWait(func() { // take the snapshot where the edits are made
			if u.isDirty() && u.project() == p {
				snap = p.Clone()
			}
		})
		if snap == nil {
			return
		}
		if err := snap.Autosave(); err != nil {
			fyne.Do(func() { u.setStatus("Autosave failed: " + err.Error()) })
		}
	})
}

func (u *UI) stopAutosave() {
	if u.autosave != nil {
		u.autosave.Stop()
		u.autosave = nil
	}
}

func (u *UI) isDirty() bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.dirty
}

func (u *UI) setClean() {
	u.mu.Lock()
	u.dirty = false
	u.mu.Unlock()
	u.stopAutosave()
	u.updateTitle()
}

func (u *UI) updateTitle() {
	p := u.project()
	title := "briefpack"
	if p != nil {
		title = p.Name + " — briefpack"
		if p.ReadOnly {
			title = p.Name + " (read-only) — briefpack"
		}
		if u.isDirty() {
			title = "• " + title
		}
	}
	u.win.SetTitle(title)
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
	u.setMenu()
}
