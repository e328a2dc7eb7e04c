// Package build runs a whole pack build — sources to engine result, pack, template, document, PDF or
// HTML — and writes the file atomically. The CLI and the app both build through here, so they give the
// same bytes for the same inputs.
package build

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/atomicfile"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/render/html"
	"github.com/briefpack/briefpack/briefing/render/pdf"
)

// Format is an output format.
type Format string

// Output formats.
const (
	PDF  Format = "pdf"
	HTML Format = "html"
)

// Stage names a step of a build, for progress reports.
type Stage string

// The stages of a build, in order.
const (
	StageLoad    Stage = "load"
	StageExtract Stage = "extract"
	StageMerge   Stage = "merge"
	StageLayout  Stage = "lay out"
	StageWrite   Stage = "write"
)

// Job is one pack build.
type Job struct {
	Result      *engine.Result // the extraction to build from
	Themes      []extract.Theme
	Settings    pack.Settings
	Edits       pack.Edits
	Sections    []pack.UserSection
	TemplateDir string // the user's own templates (optional)
	// Template, when set, is Settings.Template already loaded (the CLI checks it before extracting).
	Template *pack.Template
	Format   Format
	// Progress, when set, hears each stage as it starts.
	Progress func(Stage)
	// Canvas, when set, delivers a PDF canvas prepared while the sources were extracted.
	Canvas <-chan *pdf.Canvas
	// Inputs are the other files the build reads (the sections, themes and template files): with the
	// sources, the pack may never be written over one of them.
	Inputs []InputFile
}

// InputFile is a file a build reads, and what it is to the user ("the sections file").
type InputFile struct {
	Path, What string
}

func (j *Job) stage(s Stage) {
	if j.Progress != nil {
		j.Progress(s)
	}
}

// Render builds the pack and writes it to w. It returns warnings (characters the font lacks, …).
func Render(j Job, w io.Writer) ([]string, error) {
	if j.Result == nil {
		return nil, errors.New("nothing to build from")
	}
	themes := j.Themes
	if themes == nil {
		themes = extract.DefaultThemes()
	}
	if err := pack.ValidateThemes(j.Settings.Themes, themes); err != nil {
		return nil, err
	}
	var err error
	tmpl := j.Template
	if tmpl == nil {
		name := j.Settings.Template
		if name == "" {
			name = "visit"
		}
		if tmpl, err = pack.LoadTemplate(name, j.TemplateDir); err != nil {
			return nil, err
		}
	}
	if j.Settings.Date.IsZero() {
		j.Settings.Date = DefaultDate()
	}
	j.stage(StageLayout)
	p := pack.New(PackInput(j.Result), themes, j.Settings, j.Edits, j.Sections)
	doc := pack.Assemble(p, tmpl)
	if missing := doc.MissingRequired(); j.Settings.Final && len(missing) > 0 {
		return nil, fmt.Errorf("cannot build a final pack: %s still empty (write them in the sections file, or build a draft)", sectionList(missing))
	}
	warns := packWarnings(doc)
	var err2 error
	switch j.Format {
	case HTML:
		var hw []string
		hw, err2 = html.Render(doc, w)
		warns = append(warns, hw...)
	case PDF, "":
		var c *pdf.Canvas
		if j.Canvas != nil {
			c = <-j.Canvas
		}
		var pw []string
		pw, err2 = pdf.Render(doc, w, pdf.Options{CreationDate: CreationDate(j.Settings.Date), Canvas: c})
		warns = append(warns, pw...)
	default:
		err2 = fmt.Errorf("unknown format %q (pdf or html)", j.Format)
	}
	for _, fe := range j.Result.Errors {
		warns = append(warns, fmt.Sprintf("not included: %s: %v", fe.File, fe.Err))
	}
	return warns, err2
}

// packWarnings are what the preparer should know about the pack built: sections placed where the
// template has no place for them, sections unreadable as Markdown, the sections still to be
// completed, and the sources' own warnings (dates that could not be placed, encodings guessed).
func packWarnings(doc *pack.Document) []string {
	var warns []string
	if len(doc.Extra) > 0 {
		warns = append(warns, fmt.Sprintf("template %q has no place for your section(s) %s; they are placed before the sources",
			doc.Template.Name, strings.Join(doc.Extra, ", ")))
	}
	warns = append(warns, doc.Warnings...)
	if len(doc.Drafts) > 0 && !doc.Final() {
		warns = append(warns, fmt.Sprintf("draft: %d section(s) to be completed, shown as “To be completed” boxes: %s",
			len(doc.Drafts), sectionList(doc.Drafts)))
	}
	for _, w := range doc.Pack.Warnings {
		warns = append(warns, "source "+w)
	}
	return warns
}

// sectionList names sections as the preparer finds them: "Objectives (objectives), Programme
// (programme)".
func sectionList(ds []pack.DraftSection) string {
	var parts []string
	for _, d := range ds {
		opt := ""
		if !d.Required {
			opt = ", optional"
		}
		parts = append(parts, fmt.Sprintf("%s (%s%s)", d.Title, d.ID, opt))
	}
	return strings.Join(parts, ", ")
}

// PackInput turns an engine result into what pack.New takes: the same extractions and merged items,
// and each file that could not be loaded with its reason.
func PackInput(res *engine.Result) pack.Input {
	in := pack.Input{Extractions: res.Extractions, Timeline: res.Timeline, Quotations: res.Quotations, People: res.People}
	for _, fe := range res.Errors {
		in.NotIncluded = append(in.NotIncluded, pack.NotIncluded{File: fe.File, Reason: fe.Err.Error()})
	}
	return in
}

// ToFile builds the pack into path atomically: it renders into memory, writes a temporary file beside
// path and renames it over path. A failure leaves the previous file untouched and no partial file.
func ToFile(j Job, path string) ([]string, error) {
	if err := refuseInput(j, path); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	warns, err := Render(j, &buf)
	if err != nil {
		return warns, err
	}
	j.stage(StageWrite)
	// an OFFICIAL-SENSITIVE pack is the owner's alone, whatever the umask or the file it replaces
	return warns, atomicfile.WriteWith(path, buf.Bytes(), atomicfile.Options{Private: pack.OwnerOnly(j.Settings.Marking)})
}

// refuseInput refuses to write the pack over a file the build reads: a source, the sections file,
// the themes or template file (named as given, through a link, or by another path to it).
func refuseInput(j Job, path string) error {
	out, err := os.Stat(path)
	if err != nil {
		return nil // nothing there yet: nothing to overwrite
	}
	check := func(file, what string) error {
		if in, err := os.Stat(file); err == nil && os.SameFile(in, out) {
			return fmt.Errorf("will not write the pack to %s: it is %s; choose another output file", path, what)
		}
		return nil
	}
	if j.Result != nil {
		for _, x := range j.Result.Extractions {
			if err := check(x.Source.File, "one of the sources"); err != nil {
				return err
			}
		}
		for _, fe := range j.Result.Errors {
			if err := check(fe.File, "one of the sources given"); err != nil {
				return err
			}
		}
	}
	for _, f := range j.Inputs {
		if err := check(f.Path, f.What); err != nil {
			return err
		}
	}
	return nil
}

// epoch reads SOURCE_DATE_EPOCH (reproducible builds), if set and valid.
func epoch() (time.Time, bool) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	return time.Unix(n, 0).UTC(), true
}

// DefaultDate is the pack date when none is given: the day of SOURCE_DATE_EPOCH, else today.
func DefaultDate() briefing.Date {
	if t, ok := epoch(); ok {
		return briefing.FromTime(t)
	}
	return briefing.FromTime(time.Now())
}

// CreationDate is the PDF's creation date: SOURCE_DATE_EPOCH when set, else the pack's date at
// midnight UTC, so identical inputs give identical bytes.
func CreationDate(d briefing.Date) time.Time {
	if t, ok := epoch(); ok {
		return t
	}
	if d.IsZero() {
		return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Y, d.M, max(d.D, 1), 0, 0, 0, 0, time.UTC)
}
