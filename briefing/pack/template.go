package pack

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/frontmatter"
	"github.com/briefpack/briefpack/templates"
)

// Template is a parsed pack template.
type Template struct {
	Name        string
	Title       string
	Description string
	File        string // where it came from: "templates/visit.md (built in)" or a path
	Cover       bool
	Contents    bool
	Compact     bool
	Source      []byte   // the Markdown, front matter included
	Doc         ast.Node // parsed body; directives are *Directive nodes
	Sections    []string // user section ids, in template order
}

// KindDirective is the node kind of a template directive.
var KindDirective = ast.NewNodeKind("Directive")

// Directive is a template line ":::name args", replaced in the pack by what briefpack generates.
type Directive struct {
	ast.BaseBlock
	Name string
	Args []string          // positional arguments
	Opts map[string]string // key=value arguments
	Line int               // 1-based line in the template file
}

// Kind implements ast.Node.
func (d *Directive) Kind() ast.NodeKind { return KindDirective }

// Dump implements ast.Node.
func (d *Directive) Dump(source []byte, level int) {
	ast.DumpHelper(d, source, level, map[string]string{"Name": d.Name, "Args": strings.Join(d.Args, " ")}, nil)
}

// directives lists every directive and how many positional arguments it takes.
var directives = map[string]int{
	"cover": 0, "contents": 0, "section": 1, "timeline": 0, "quotations": 0, "people": 0,
	"themes": 0, "theme": 1, "sources": 0, "provenance": 0, "keypoints": 0, "agreement": 0,
	"contacts": 0, "organisations": 0,
}

// directiveOptions lists the key=value options each directive takes.
var directiveOptions = map[string][]string{
	"timeline": {"limit"}, "quotations": {"limit"}, "people": {"limit"}, "keypoints": {"limit"},
	"section": {"optional", "suggest", "fill", "limit"},
}

// directiveParser is a goldmark block parser for ":::name args" lines.
type directiveParser struct{ lineStarts []int }

func (p *directiveParser) Trigger() []byte { return []byte{':'} }

func (p *directiveParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	t := bytes.TrimSpace(line)
	if !bytes.HasPrefix(t, []byte(":::")) {
		return nil, parser.NoChildren
	}
	fields := strings.Fields(string(t[3:]))
	d := &Directive{Opts: map[string]string{}, Line: lineOf(p.lineStarts, seg.Start)}
	if len(fields) > 0 {
		d.Name = fields[0]
		for _, f := range fields[1:] {
			if k, v, ok := strings.Cut(f, "="); ok {
				d.Opts[k] = v
			} else {
				d.Args = append(d.Args, f)
			}
		}
	}
	reader.Advance(seg.Len() - 1)
	return d, parser.NoChildren
}

func (p *directiveParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	return parser.Close
}
func (p *directiveParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {}
func (p *directiveParser) CanInterruptParagraph() bool                                { return true }
func (p *directiveParser) CanAcceptIndentedLine() bool                                { return false }

func lineOf(starts []int, off int) int {
	return sort.Search(len(starts), func(i int) bool { return starts[i] > off })
}

// newMarkdown returns the goldmark used for templates and user sections: CommonMark, GitHub tables,
// strikethrough, task lists and autolinks, heading ids; with directives when starts is not nil.
func newMarkdown(starts []int) goldmark.Markdown {
	opts := []parser.Option{parser.WithAutoHeadingID()}
	if starts != nil {
		opts = append(opts, parser.WithBlockParsers(util.Prioritized(&directiveParser{lineStarts: starts}, 50)))
	}
	return goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithParserOptions(opts...))
}

// ParseTemplate parses a template file's contents. Errors name the file and line.
func ParseTemplate(file string, src []byte) (*Template, error) {
	t := &Template{File: file, Source: src, Cover: true, Contents: true}
	if err := CheckNesting(string(src)); err != nil {
		var ne *NestingError
		errors.As(err, &ne)
		return nil, fmt.Errorf("%s:%d: lists or quotes nested %d levels deep (at most %d are read)", file, ne.Line, ne.Depth, MaxNesting)
	}
	body := 0
	fm, ok, problem := frontmatter.Split(string(src))
	if problem != "" {
		return nil, fmt.Errorf("%s:1: %s", file, problem)
	}
	if ok {
		t.Name = fm.First("name")
		t.Title = fm.First("title")
		t.Description = fm.First("description")
		for key, dst := range map[string]*bool{"cover": &t.Cover, "contents": &t.Contents, "compact": &t.Compact} {
			if v := fm.Values[key]; v != "" {
				b, err := strconv.ParseBool(v)
				if err != nil {
					return nil, fmt.Errorf("%s:1: front matter: %s must be true or false, not %q", file, key, v)
				}
				*dst = b
			}
		}
		for _, k := range fm.Keys {
			switch k {
			case "name", "title", "description", "cover", "contents", "compact":
			default:
				return nil, fmt.Errorf("%s:1: front matter: unknown key %q (known: name, title, description, cover, contents, compact)", file, k)
			}
		}
		// blank out the front matter so body offsets and line numbers stay those of the file
		body = nthLineStart(src, fm.EndLine)
	}
	if t.Name == "" {
		t.Name = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	}
	if t.Title == "" {
		t.Title = t.Name
	}
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	masked := append([]byte(nil), src...)
	for i := 0; i < body; i++ {
		if masked[i] != '\n' {
			masked[i] = ' '
		}
	}
	t.Source = masked
	t.Doc = newMarkdown(starts).Parser().Parse(text.NewReader(masked))
	var err error
	seen := map[string]bool{}
	ast.Walk(t.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		d, isDir := n.(*Directive)
		if !entering || !isDir || err != nil {
			return ast.WalkContinue, nil
		}
		want, known := directives[d.Name]
		switch {
		case d.Name == "":
			err = fmt.Errorf("%s:%d: a directive needs a name after ':::' (known: %s)", file, d.Line, knownDirectives())
		case !known:
			err = fmt.Errorf("%s:%d: unknown directive %q (known: %s)", file, d.Line, d.Name, knownDirectives())
		case len(d.Args) != want:
			err = fmt.Errorf("%s:%d: :::%s takes %d argument(s), got %d", file, d.Line, d.Name, want, len(d.Args))
		}
		if err == nil {
			err = checkOptions(file, d)
		}
		if err == nil && d.Name == "section" {
			if seen[d.Args[0]] {
				err = fmt.Errorf("%s:%d: section %q appears twice", file, d.Line, d.Args[0])
			}
			seen[d.Args[0]] = true
			t.Sections = append(t.Sections, d.Args[0])
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// checkOptions checks a directive's key=value options: known for it, and well formed.
func checkOptions(file string, d *Directive) error {
	keys := make([]string, 0, len(d.Opts))
	for k := range d.Opts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := d.Opts[k]
		allowed := directiveOptions[d.Name]
		known := false
		for _, a := range allowed {
			known = known || a == k
		}
		switch {
		case !known && len(allowed) == 0:
			return fmt.Errorf("%s:%d: :::%s takes no options, got %q", file, d.Line, d.Name, k)
		case !known:
			return fmt.Errorf("%s:%d: :::%s: unknown option %q (only %s)", file, d.Line, d.Name, k, strings.Join(allowed, ", "))
		case k == "limit":
			if n, e := strconv.Atoi(v); e != nil || n < 1 {
				return fmt.Errorf("%s:%d: :::%s: limit must be a positive number, not %q", file, d.Line, d.Name, v)
			}
		case k == "optional":
			if _, e := strconv.ParseBool(v); e != nil {
				return fmt.Errorf("%s:%d: :::%s: optional must be true or false, not %q", file, d.Line, d.Name, v)
			}
		case k == "fill":
			if v != "keypoints" {
				return fmt.Errorf("%s:%d: :::%s: fill can only be keypoints, not %q", file, d.Line, d.Name, v)
			}
		case k == "suggest":
			if v != "keypoint" {
				return fmt.Errorf("%s:%d: :::%s: suggest can only be keypoint, not %q", file, d.Line, d.Name, v)
			}
		}
	}
	return nil
}

func knownDirectives() string {
	var names []string
	for k := range directives {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

func nthLineStart(b []byte, n int) int {
	line := 1
	for i, c := range b {
		if line > n {
			return i
		}
		if c == '\n' {
			line++
		}
	}
	return len(b)
}

// TemplateInfo describes an available template.
type TemplateInfo struct {
	Name, Title, Description, File string
	BuiltIn                        bool
}

// Templates lists the built-in templates and those in userDir (which override built-ins of the same
// name), sorted by name. Broken templates in userDir are returned as errors, not hidden.
func Templates(userDir string) ([]TemplateInfo, []error) {
	byName := map[string]TemplateInfo{}
	var errs []error
	entries, _ := fs.ReadDir(templates.FS, ".")
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".md") || e.Name() == "README.md" {
			continue
		}
		b, _ := fs.ReadFile(templates.FS, e.Name())
		t, err := ParseTemplate("templates/"+e.Name()+" (built in)", b)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		byName[t.Name] = TemplateInfo{t.Name, t.Title, t.Description, t.File, true}
	}
	if userDir != "" {
		files, _ := filepath.Glob(filepath.Join(userDir, "*.md"))
		for _, f := range files {
			b, err := fileio.ReadFile(f)
			if err == nil {
				var t *Template
				if t, err = ParseTemplate(f, b); err == nil {
					byName[t.Name] = TemplateInfo{t.Name, t.Title, t.Description, f, false}
					continue
				}
			}
			errs = append(errs, err)
		}
	}
	var out []TemplateInfo
	for _, t := range byName {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, errs
}

// LoadTemplate finds a template by name (in userDir first, then built in) or, when nameOrFile names a
// file, reads that file.
func LoadTemplate(nameOrFile, userDir string) (*Template, error) {
	if strings.HasSuffix(nameOrFile, ".md") || strings.ContainsRune(nameOrFile, os.PathSeparator) {
		b, err := fileio.ReadFile(nameOrFile)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", nameOrFile, err)
		}
		return ParseTemplate(nameOrFile, b)
	}
	if userDir != "" {
		files, _ := filepath.Glob(filepath.Join(userDir, "*.md"))
		for _, f := range files {
			b, err := fileio.ReadFile(f)
			if err != nil {
				continue
			}
			t, err := ParseTemplate(f, b)
			if err != nil {
				if strings.TrimSuffix(filepath.Base(f), ".md") == nameOrFile {
					return nil, err
				}
				continue
			}
			if t.Name == nameOrFile {
				return t, nil
			}
		}
	}
	b, err := fs.ReadFile(templates.FS, nameOrFile+".md")
	if err != nil {
		infos, _ := Templates(userDir)
		var names []string
		for _, i := range infos {
			names = append(names, i.Name)
		}
		return nil, fmt.Errorf("no template named %q (available: %s)", nameOrFile, strings.Join(names, ", "))
	}
	return ParseTemplate("templates/"+nameOrFile+".md (built in)", b)
}
