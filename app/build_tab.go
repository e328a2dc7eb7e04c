package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/project"
	"github.com/briefpack/briefpack/briefing/render/pdf"
)

// buildProject builds a project's pack into out, reporting each stage: load, extract, merge, lay out,
// write. It is what the Build tab runs, off the UI goroutine.
func buildProject(q *project.Project, f build.Format, out string, stage func(build.Stage)) ([]string, error) {
	var canvas <-chan *pdf.Canvas
	if f == build.PDF { // load the PDF fonts on another core while the sources are read and extracted
		canvas = pdf.PrepareAsync(q.Settings.PageSize)
	}
	stage(build.StageLoad)
	loaded := q.LoadSources()
	stage(build.StageExtract)
	srcs, errs := q.Selected(loaded)
	xs, xerrs := engine.ExtractAll(srcs, engine.Options{Themes: q.ThemesInUse()})
	res := &engine.Result{Errors: append(errs, xerrs...), Extractions: xs}
	stage(build.StageMerge)
	engine.Merge(res)
	return build.ToFile(build.Job{Result: res, Themes: q.ThemesInUse(), Settings: q.Settings, Edits: q.Edits,
		Sections: q.Sections, Format: f, Progress: stage, Canvas: canvas}, out)
}

// buildTab: Build PDF / Build HTML with a progress bar through load → extract → merge → lay out →
// write; then Open and Show in folder.
type buildTab struct {
	u        *UI
	view     fyne.CanvasObject
	progress *widget.ProgressBar
	stage    *widget.Label
	result   *widget.Label
	open     *widget.Button
	folder   *widget.Button
	pdfBtn   *widget.Button
	htmlBtn  *widget.Button
	finalBtn *widget.Button
	last     string
	building bool
}

var stages = []build.Stage{build.StageLoad, build.StageExtract, build.StageMerge, build.StageLayout, build.StageWrite}

func newBuildTab(u *UI) *buildTab {
	b := &buildTab{u: u}
	b.progress = widget.NewProgressBar()
	b.stage = widget.NewLabel("")
	b.result = widget.NewLabel("")
	b.result.Wrapping = fyne.TextWrapWord
	b.pdfBtn = widget.NewButtonWithIcon("Build PDF", theme.DocumentIcon(), func() { b.start(build.PDF, false) })
	b.pdfBtn.Importance = widget.HighImportance
	b.htmlBtn = widget.NewButtonWithIcon("Build HTML", theme.FileTextIcon(), func() { b.start(build.HTML, false) })
	// a final pack carries no draft mark, and is refused while a section its template requires is empty
	b.finalBtn = widget.NewButtonWithIcon("Build final PDF", theme.ConfirmIcon(), func() { b.start(build.PDF, true) })
	b.open = widget.NewButtonWithIcon("Open", theme.FileIcon(), func() { u.openFile(b.last) })
	b.folder = widget.NewButtonWithIcon("Show in folder", theme.FolderIcon(), func() { u.showInFolder(b.last) })
	b.open.Disable()
	b.folder.Disable()
	help := widget.NewLabel("The pack is written into the project folder. A failed build leaves the last good file as it was. " +
		"A draft shows every section still to be written; a final build is refused until the required ones are.")
	help.Wrapping = fyne.TextWrapWord
	b.view = container.NewVScroll(container.NewVBox(help, container.NewHBox(b.pdfBtn, b.htmlBtn, b.finalBtn), b.progress, b.stage, b.result, container.NewHBox(b.open, b.folder)))
	return b
}

// outputPath is where a build goes: the project folder, named after the title.
func (b *buildTab) outputPath(f build.Format) string {
	p := b.u.project()
	name := safeName(p.Settings.Title)
	if name == "" {
		name = "pack"
	}
	return filepath.Join(p.Dir, name+"."+string(f))
}

// start builds the pack off the UI goroutine, from a snapshot of the project (later edits do not race
// the build), as a draft or final. A settings field that is wrong stops it with a message saying which.
func (b *buildTab) start(f build.Format, final bool) {
	p := b.u.project()
	if p == nil || b.building {
		return
	}
	if msg := b.u.settings.problem(); msg != "" {
		b.stage.SetText("Not built")
		b.result.SetText(msg)
		b.u.tabs.SelectIndex(0)
		b.u.showInfo("Cannot build yet", msg)
		return
	}
	b.u.sections.store(p)
	snap := p.Clone()
	snap.Settings.Final = final
	b.building = true
	b.pdfBtn.Disable()
	b.htmlBtn.Disable()
	b.finalBtn.Disable()
	b.result.SetText("")
	out := b.outputPath(f)
	var warns []string
	var err error
	b.u.run("Building "+filepath.Base(out)+"…", func() {
		stage := func(s build.Stage) {
			fyne.Do(func() {
				for i, st := range stages {
					if st == s {
						b.progress.SetValue(float64(i) / float64(len(stages)))
					}
				}
				b.stage.SetText(string(s) + "…")
			})
		}
		warns, err = buildProject(snap, f, out, stage)
	}, func() { b.finish(out, warns, err) })
}

func (b *buildTab) finish(out string, warns []string, err error) {
	b.building = false
	b.pdfBtn.Enable()
	b.htmlBtn.Enable()
	b.finalBtn.Enable()
	if err != nil {
		b.progress.SetValue(0)
		b.stage.SetText("Build failed")
		b.result.SetText(err.Error())
		b.u.showError(err)
		return
	}
	b.progress.SetValue(1)
	b.stage.SetText("Done")
	b.last = out
	msg := "Written: " + out
	for _, w := range warns {
		msg += "\n⚠ " + w
	}
	if pk := b.u.currentPack(); pk != nil && len(pk.Unmatched) > 0 {
		msg += "\n⚠ some of your edits apply to nothing now and are not in the pack: see the Timeline and Quotations tabs"
	}
	b.result.SetText(msg)
	b.open.Enable()
	b.folder.Enable()
	b.u.setStatus("Built " + filepath.Base(out))
}

func (b *buildTab) refresh() {}
