package pack

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/internal/testshared"
)

func directivesOf(t *Template) []string {
	var out []string
	ast.Walk(t.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if d, ok := n.(*Directive); ok && entering {
			s := d.Name + "@" + strconv.Itoa(d.Line)
			for _, a := range d.Args {
				s += " " + a
			}
			if v, ok := d.Opts["limit"]; ok {
				s += " limit=" + v
			}
			out = append(out, s)
		}
		return ast.WalkContinue, nil
	})
	return out
}

func TestParseTemplate(t *testing.T) {
	src := "---\nname: ferry\ntitle: Ferry visit\ncover: false\n---\n# Ferry visit\n\n:::section objectives\n\nSome words.\n\n:::timeline limit=5\n:::theme digital-identity\n"
	for _, nl := range []string{"\n", "\r\n"} {
		tpl, err := ParseTemplate("ferry.md", []byte(strings.ReplaceAll(src, "\n", nl)))
		if err != nil {
			t.Fatalf("%q line ends: %v", nl, err)
		}
		if tpl.Name != "ferry" || tpl.Title != "Ferry visit" || tpl.Cover || !tpl.Contents {
			t.Errorf("%q: front matter read as name %q title %q cover %v contents %v", nl, tpl.Name, tpl.Title, tpl.Cover, tpl.Contents)
		}
		got := strings.Join(directivesOf(tpl), "|")
		if want := "section@8 objectives|timeline@12 limit=5|theme@13 digital-identity"; got != want {
			t.Errorf("%q: directives %q, want %q (with file line numbers)", nl, got, want)
		}
		if strings.Join(tpl.Sections, ",") != "objectives" {
			t.Errorf("sections %v", tpl.Sections)
		}
	}
}

func TestParseTemplateErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"unknown directive", "# A\n\n:::timelime\n", "t.md:3: unknown directive \"timelime\""},
		{"no name", "# A\n:::\n", "t.md:2: a directive needs a name"},
		{"missing argument", ":::section\n", "t.md:1: :::section takes 1 argument(s), got 0"},
		{"bad limit", "\n:::people limit=none\n", "t.md:2: :::people: limit must be a positive number"},
		{"zero limit", ":::people limit=0\n", "limit must be a positive number"},
		{"unknown option", ":::people sort=name\n", "unknown option \"sort\""},
		{"fill from an unknown place", ":::section summary fill=notes\n", "fill can only be keypoints"},
		{"suggest something unknown", ":::section summary suggest=quote\n", "suggest can only be keypoint"},
		{"section twice", ":::section a\n:::section a\n", "t.md:2: section \"a\" appears twice"},
		{"unknown key", "---\ncolour: red\n---\n", "t.md:1: front matter: unknown key \"colour\""},
		{"not a bool", "---\ncover: maybe\n---\n", "cover must be true or false"},
		{"unclosed front matter", "---\nname: x\n", "t.md:1: front matter opened"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseTemplate("t.md", []byte(tc.src))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestBuiltInTemplates: every template shipped parses, and a user's template of the same name wins.
func TestBuiltInTemplates(t *testing.T) {
	infos, errs := Templates("")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	names := map[string]bool{}
	for _, i := range infos {
		names[i.Name] = true
		if _, err := LoadTemplate(i.Name, ""); err != nil {
			t.Errorf("%s: %v", i.Name, err)
		}
	}
	for _, n := range []string{"visit", "signing", "onepage"} {
		if !names[n] {
			t.Errorf("built-in template %q missing from %v", n, infos)
		}
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mine.md"), []byte("---\nname: visit\ntitle: Our visit\n---\n:::timeline\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "broken.md"), []byte(":::nope\n"), 0o644)
	infos, errs = Templates(dir)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "broken.md:1") {
		t.Errorf("errors %v, want the broken user template named", errs)
	}
	tpl, err := LoadTemplate("visit", dir)
	if err != nil || tpl.Title != "Our visit" {
		t.Errorf("user template did not override the built-in: %v %v", tpl, err)
	}
	if _, err := LoadTemplate("brochure", dir); err == nil || !strings.Contains(err.Error(), "available: ") {
		t.Errorf("unknown template error %v, want the list of names", err)
	}
}

func TestParseSections(t *testing.T) {
	md := "Opening remark.\n\n## Objectives\n\n- Open the ferry link.\n\n```\n## not a heading\n```\n\n### Detail\n\nMore.\n\n## Lines to take\r\nThe link helps.\n"
	secs := ParseSections(md)
	var got []string
	for _, s := range secs {
		got = append(got, s.ID+"="+s.Title)
	}
	if want := "notes=Notes|objectives=Objectives|lines-to-take=Lines to take"; strings.Join(got, "|") != want {
		t.Fatalf("sections %q, want %q", strings.Join(got, "|"), want)
	}
	obj := FindSection(secs, "objectives")
	if !strings.Contains(obj, "## not a heading") || !strings.Contains(obj, "### Detail") {
		t.Errorf("objectives lost its fenced code or sub-heading: %q", obj)
	}
	if FindSection(secs, "press-lines") != "" {
		t.Error("a missing section is not empty")
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Lines to take": "lines-to-take", "Q&A": "qa", "Press lines — draft 2": "press-lines-draft-2", "Officer's notes": "officers-notes"} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParseTemplate: any template either parses or fails with an error naming the file and a line.
func FuzzParseTemplate(f *testing.F) {
	for _, s := range []string{":::timeline\n", "---\nname: x\n---\n:::section a\n", ":::people limit=3\n", "::: \n", "> :::quote\n", "- :::theme x\n", "---\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		testshared.Within(t, func() error {
			tpl, err := ParseTemplate("f.md", []byte(s))
			if err != nil {
				if !strings.HasPrefix(err.Error(), "f.md:") {
					return fmt.Errorf("error %q does not name the file and line", err)
				}
				return nil
			}
			if tpl.Name == "" || tpl.Doc == nil {
				return fmt.Errorf("parsed template without a name or body")
			}
			return nil
		})
	})
}

// FuzzParseSections: any Markdown splits into titled sections without a panic, and no line of text
// outside the headings is lost.
func FuzzParseSections(f *testing.F) {
	for _, s := range []string{"## A\nx\n", "text\n# B\n## C\n", "```\n# x\n", "#\n", "# &\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		testshared.Within(t, func() error {
			var all strings.Builder
			for _, sec := range ParseSections(s) {
				if sec.Title == "" {
					return fmt.Errorf("section without a title: %+v", sec)
				}
				all.WriteString(sec.Markdown + "\n")
			}
			for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
				if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") && !strings.Contains(all.String(), l) {
					return fmt.Errorf("line %q lost", l)
				}
			}
			return nil
		})
	})
}
