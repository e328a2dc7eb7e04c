package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/render/pdf"
	"github.com/briefpack/briefpack/briefing/source"
)

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var themesWanted multiFlag
	out := fs.String("o", "", "")
	format := fs.String("format", "", "")
	tmpl := fs.String("template", "visit", "")
	tmplDir := fs.String("templates", "", "")
	fs.Var(&themesWanted, "theme", "")
	themesFile := fs.String("themes", "", "")
	title := fs.String("title", "", "")
	subtitle := fs.String("subtitle", "", "")
	date := fs.String("date", "", "")
	marking := fs.String("marking", "", "")
	preparedBy := fs.String("prepared-by", "", "")
	sectionsFile := fs.String("sections", "", "")
	pageSize := fs.String("page-size", "A4", "")
	largePrint := fs.Bool("large-print", false, "")
	final := fs.Bool("final", false, "")
	copyNo := fs.String("copy", "", "")
	handling := fs.String("handling", "", "")
	sample := fs.Bool("sample", false, "")
	fs.StringVar(&source.StdinName, "stdin-name", source.StdinName, "")
	help := fs.Bool("h", false, "")
	paths, err := parseInterspersed(fs, args)
	if *help {
		fmt.Fprint(stdout, buildUsage)
		return 0
	}
	fail := func(msg string, a ...any) int {
		fmt.Fprintf(stderr, "briefpack build: "+msg+"\n", a...)
		return 2
	}
	switch {
	case err != nil:
		return fail("%v\n%s", err, buildUsage)
	case *out == "":
		return fail("say where to write the pack with -o FILE\n%s", buildUsage)
	case isDir(*out):
		return fail("-o %s is a folder: name the file to write, e.g. -o %s", fileio.Name(*out), fileio.Name(filepath.Join(*out, "pack.pdf")))
	case len(paths) == 0 && !*sample:
		return fail("name at least one file or folder (or --sample)\n%s", buildUsage)
	}
	s := pack.Settings{Title: *title, Subtitle: *subtitle, Marking: *marking, PreparedBy: *preparedBy, Template: *tmpl,
		PageSize: *pageSize, LargePrint: *largePrint, Themes: themesWanted, Final: *final, Copy: *copyNo, Handling: *handling}
	if strings.EqualFold(s.Marking, "none") {
		s.Marking = ""
	}
	if !strings.EqualFold(s.PageSize, "A4") && !strings.EqualFold(s.PageSize, "letter") {
		return fail("--page-size must be A4 or Letter, not %q", s.PageSize)
	}
	if *date != "" {
		d, err := briefing.ParseDate(*date)
		if err != nil || d.Precision != briefing.Day {
			return fail("--date must be a day, YYYY-MM-DD, not %q", *date)
		}
		s.Date = d
	}
	f := build.Format(strings.ToLower(*format))
	if f == "" {
		f = build.PDF
		if ext := strings.ToLower(filepath.Ext(*out)); ext == ".html" || ext == ".htm" {
			f = build.HTML
		}
	}
	if f != build.PDF && f != build.HTML {
		return fail("--format must be pdf or html, not %q", *format)
	}
	themes := extract.DefaultThemes()
	if *themesFile != "" {
		if themes, err = extract.LoadThemes(*themesFile, themes); err != nil {
			return fail("theme file: %v", err)
		}
	}
	if err := pack.ValidateThemes(s.Themes, themes); err != nil {
		return fail("%v", err)
	}
	sections, err := readSections(*sectionsFile)
	if err != nil {
		return fail("%v", err)
	}
	template, err := pack.LoadTemplate(*tmpl, *tmplDir) // before the sources: a broken template fails fast
	if err != nil {
		return fail("%v", err)
	}
	var canvas <-chan *pdf.Canvas
	if f == build.PDF { // load the PDF fonts on another core while the sources are extracted
		canvas = pdf.PrepareAsync(s.PageSize)
	}
	opts := engine.Options{Themes: themes}
	res := runEngine(*sample, paths, opts)
	if len(res.Extractions) == 0 {
		for _, e := range res.Errors {
			fmt.Fprintf(stderr, "briefpack: %s: %v\n", fileio.Name(e.File), e.Err)
		}
		fmt.Fprintln(stderr, "briefpack build: no source could be loaded; nothing to build")
		return 1
	}
	inputs := inputFiles(*sectionsFile, *themesFile, template.File)
	warns, err := build.ToFile(build.Job{Result: res, Themes: themes, Settings: s, Sections: sections, TemplateDir: *tmplDir,
		Template: template, Format: f, Canvas: canvas, Inputs: inputs}, *out)
	for _, w := range warns {
		fmt.Fprintf(stderr, "briefpack build: warning: %s\n", w)
	}
	if err != nil {
		fmt.Fprintf(stderr, "briefpack build: %v\n", err)
		return 1
	}
	return 0
}

// readSections reads the user's sections file ("" for none), refusing one nested too deeply to parse.
func readSections(file string) ([]pack.UserSection, error) {
	if file == "" {
		return nil, nil
	}
	b, err := fileio.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("sections file: %v", err)
	}
	if err := pack.CheckNesting(string(b)); err != nil {
		return nil, fmt.Errorf("sections file %s: %v", file, err)
	}
	return pack.ParseSections(string(b)), nil
}

// inputFiles are the files besides the sources that the pack must never be written over.
func inputFiles(sections, themes, template string) []build.InputFile {
	var out []build.InputFile
	for _, in := range []build.InputFile{{Path: sections, What: "the sections file"}, {Path: themes, What: "the themes file"}, {Path: template, What: "the template file"}} {
		if in.Path != "" {
			out = append(out, in)
		}
	}
	return out
}

func runTemplates(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("templates", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dir := fs.String("templates", "", "")
	if _, err := parseInterspersed(fs, args); err != nil {
		fmt.Fprintf(stderr, "briefpack templates: %v\n", err)
		return 2
	}
	infos, errs := pack.Templates(*dir)
	for _, t := range infos {
		where := "built in"
		if !t.BuiltIn {
			where = t.File
		}
		fmt.Fprintf(stdout, "%-10s %s — %s (%s)\n", t.Name, t.Title, t.Description, where)
	}
	for _, e := range errs {
		fmt.Fprintf(stderr, "briefpack templates: %v\n", e)
	}
	if len(errs) > 0 {
		return 1
	}
	return 0
}

// isDir reports whether path names an existing folder.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
