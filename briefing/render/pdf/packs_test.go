package pdf_test

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/assets"
	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/render/pdf"
	"github.com/briefpack/briefpack/internal/testshared"
)

// tagged packs: every template, large print and both page sizes, from the seeds and the sample library
type packCase struct {
	name     string
	sample   bool
	settings pack.Settings
	sections string // a file in assets/sections
}

var packCases = []packCase{
	{name: "seeds-visit", settings: pack.Settings{Template: "visit", Title: "UK–Singapore digital government",
		Subtitle: "Background for the partnership talks", Marking: "OFFICIAL-SENSITIVE", PreparedBy: "South-East Asia desk"}},
	{name: "seeds-signing-large", settings: pack.Settings{Template: "signing", Marking: "OFFICIAL", LargePrint: true}},
	{name: "seeds-onepage", settings: pack.Settings{Template: "onepage", Marking: "OFFICIAL"}},
	{name: "sample-visit", sample: true, sections: "visit.md", settings: pack.Settings{Template: "visit", Marking: "OFFICIAL"}},
	{name: "sample-signing-letter", sample: true, sections: "signing.md", settings: pack.Settings{Template: "signing", PageSize: "Letter"}},
	{name: "sample-onepage", sample: true, sections: "onepage.md", settings: pack.Settings{Template: "onepage", Marking: "OFFICIAL"}},
}

func (c packCase) job(t testing.TB) build.Job {
	t.Helper()
	var res *engine.Result
	if c.sample {
		res = engine.RunFS(assets.Samples, assets.SampleDir, engine.Options{})
	} else {
		res = engine.Run([]string{filepath.Join(testshared.Dir(t), "seeds")}, engine.Options{})
	}
	s := c.settings
	s.Date = briefing.DayOf(2026, 11, 23)
	j := build.Job{Result: res, Format: build.PDF, Settings: s}
	if c.sections != "" {
		b, err := assets.Sections.ReadFile("sections/" + c.sections)
		if err != nil {
			t.Fatal(err)
		}
		j.Sections = pack.ParseSections(string(b))
	}
	return j
}

func (c packCase) build(t testing.TB, dir string) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := build.Render(c.job(t), &buf); err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	file := filepath.Join(dir, c.name+".pdf")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return file, buf.Bytes()
}

func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	bin, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed (make test installs poppler-utils): %v", name, err)
	}
	out, err := exec.Command(bin, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}

// TestTaggedPacks: each pack is tagged (pdfinfo: Tagged yes, PDF 1.7, the language in the XMP), a
// rebuild is byte-identical, and the PDF/UA check holds for all of them.
func TestTaggedPacks(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, c := range packCases {
		file, data := c.build(t, dir)
		if _, again := c.build(t, t.TempDir()); !bytes.Equal(data, again) {
			t.Errorf("%s: two builds differ", c.name)
		}
		info := tool(t, "pdfinfo", file)
		for _, want := range []string{`(?m)^Tagged:\s+yes$`, `(?m)^PDF version:\s+1\.7$`, `(?m)^Metadata Stream:\s+yes$`} {
			if !regexp.MustCompile(want).MatchString(info) {
				t.Errorf("%s: pdfinfo does not say %s:\n%s", c.name, want, info)
			}
		}
		if meta := tool(t, "pdfinfo", "-meta", file); !strings.Contains(meta, "<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li>") {
			t.Errorf("%s: the metadata does not give the language:\n%s", c.name, meta)
		}
		if c.name == "seeds-visit" && len(data) > 150<<10 {
			t.Errorf("the seeds visit pack is %d bytes, over 150 KB", len(data))
		}
		files = append(files, file)
	}
	reports := pdf.PDFUACheck(t, files...)
	for _, f := range files {
		if strings.Contains(reports[f], "FAIL") || !strings.Contains(reports[f], "PASS (reading order)") {
			t.Errorf("the PDF/UA check fails for %s:\n%s", filepath.Base(f), reports[f])
		}
	}
}

// structNode is one element of what pdfinfo -struct-text prints.
type structNode struct {
	role string
	text string // its own text and its descendants', in order
	kids []*structNode
}

// parseStructText reads pdfinfo -struct-text output into a tree (attribute and object lines are
// skipped).
func parseStructText(out string) *structNode {
	root := &structNode{role: "(root)"}
	stack := []*structNode{root}
	depths := []int{-1}
	for _, line := range strings.Split(out, "\n") {
		trimmed := strings.TrimLeft(line, " ")
		if trimmed == "" || strings.HasPrefix(trimmed, "/") || strings.HasPrefix(trimmed, "Object ") {
			continue
		}
		depth := len(line) - len(trimmed)
		for len(depths) > 1 && depths[len(depths)-1] >= depth {
			stack, depths = stack[:len(stack)-1], depths[:len(depths)-1]
		}
		if strings.HasPrefix(trimmed, `"`) {
			s := strings.TrimSuffix(strings.TrimPrefix(trimmed, `"`), `"`)
			for _, n := range stack {
				n.text += s
			}
			continue
		}
		n := &structNode{role: strings.TrimSuffix(strings.Fields(trimmed)[0], ":")}
		parent := stack[len(stack)-1]
		parent.kids = append(parent.kids, n)
		stack, depths = append(stack, n), append(depths, depth)
	}
	return root
}

// all lists the nodes of a role in tree order.
func (n *structNode) all(role string) []*structNode {
	var out []*structNode
	if n.role == role {
		out = append(out, n)
	}
	for _, k := range n.kids {
		out = append(out, k.all(role)...)
	}
	return out
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestSeedsVisitStructure reads the seeds visit pack as a screen reader gets it (pdfinfo
// -struct-text) and finds, in reading order, the pack's headings, the who's who table with its
// header row and one row per person, the theme passages as list items, each quotation as a
// block quote with its speaker, the timeline as a figure whose alternative text gives every date —
// and no marking or page number anywhere in the structure.
func TestSeedsVisitStructure(t *testing.T) {
	c := packCases[0]
	file, _ := c.build(t, t.TempDir())
	out := pdf.StructText(t, file)
	tree := parseStructText(out)
	j := c.job(t)
	tm, err := pack.LoadTemplate("visit", "")
	if err != nil {
		t.Fatal(err)
	}
	doc := pack.Assemble(pack.New(build.PackInput(j.Result), extract.DefaultThemes(), j.Settings, j.Edits, j.Sections), tm)

	// headings: the cover title, Contents, then every heading and theme name of the document in order
	want := []string{c.settings.Title, "Contents"}
	var groups []pack.PeopleGroup
	var quotes []pack.QuotationItem
	var passages []string
	ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch x := n.(type) {
		case *ast.Heading:
			want = append(want, string(x.Text(doc.Source)))
		case *pack.ThemesNode:
			for _, th := range x.Themes {
				want = append(want, th.Name)
				for _, p := range th.Passages {
					passages = append(passages, flat(p.Shown()))
				}
			}
		case *pack.PeopleNode:
			groups = x.Groups
		case *pack.QuotationsNode:
			for _, it := range x.Items {
				if it.Kind == pack.PullQuote && it.Within == "" { // social posts and partial quotations are listed, and one another holds is its variant
					quotes = append(quotes, it)
				}
			}
		}
		return ast.WalkContinue, nil
	})
	var got []string
	for _, n := range tree.kids[0].allHeadings() {
		got = append(got, flat(n.text))
	}
	if !isSubsequence(want, got) {
		t.Errorf("headings in the structure:\n %q\nwant, in this order, at least:\n %q", got, want)
	}

	// the who's who: a table per side, in order, each with its header row and a row per person
	tables := tree.all("Table")
	found := 0
	for _, tb := range tables {
		if found == len(groups) {
			break
		}
		g := groups[found]
		rows := tb.all("TR")
		if len(rows) == 0 || len(rows[0].all("TH")) != 3 || flat(rows[0].all("TH")[0].text) != "Name" {
			continue
		}
		if len(rows) != len(g.People)+1 {
			t.Errorf("who's who, %s: %d rows, want a header and %d people", g.Side, len(rows), len(g.People))
			continue
		}
		for i, p := range g.People {
			if cells := rows[i+1].all("TD"); len(cells) != 3 || flat(cells[0].text) != p.Name {
				t.Errorf("who's who, %s, row %d: %q, want %s first", g.Side, i+1, rows[i+1].text, p.Name)
			}
		}
		found++
	}
	if len(groups) == 0 || found != len(groups) {
		t.Errorf("%d of the who's who's %d tables found in the structure", found, len(groups))
	}

	var items []string
	for _, li := range tree.all("LI") {
		if body := li.all("LBody"); len(body) == 1 {
			items = append(items, flat(body[0].text))
		}
	}
	var inOrder []string
	for _, p := range passages {
		for _, it := range items {
			if strings.Contains(it, p) { // after the sentence it leans on, if any
				inOrder = append(inOrder, p)
				break
			}
		}
	}
	if len(passages) == 0 || !isSubsequence(passages, inOrder) || len(inOrder) != len(passages) {
		t.Errorf("%d of %d theme passages found as list items, in order", len(inOrder), len(passages))
	}

	bq := tree.all("BlockQuote")
	if len(bq) != len(quotes) || len(quotes) == 0 {
		t.Fatalf("%d block quotes, want one per quotation (%d)", len(bq), len(quotes))
	}
	for i, q := range quotes {
		text := flat(bq[i].text)
		words := strings.Fields(strings.Trim(q.Lead, "“”\" "))
		if !strings.Contains(text, strings.Join(words[:min(6, len(words))], " ")) || q.Q.Speaker != "" && !strings.Contains(text, "— "+q.Q.Speaker) {
			t.Errorf("block quote %d does not hold quotation %q by %s: %.120s", i+1, q.Lead, q.Q.Speaker, text)
		}
	}

	for _, bad := range []*regexp.Regexp{regexp.MustCompile(`OFFICIAL`), regexp.MustCompile(`Page \d+ of \d+`)} {
		if m := bad.FindString(out); m != "" {
			t.Errorf("%q is inside the structure; the marking and page numbers are artifacts", m)
		}
	}
	if text := tool(t, "pdftotext", file, "-"); !strings.Contains(text, "OFFICIAL-SENSITIVE") || !strings.Contains(text, "Page 1 of") {
		t.Errorf("the marking or the page numbers are not on the pages at all")
	}
}

// allHeadings lists the H1–H6 elements in order.
func (n *structNode) allHeadings() []*structNode {
	var out []*structNode
	if len(n.role) == 2 && n.role[0] == 'H' && n.role[1] >= '1' && n.role[1] <= '6' {
		out = append(out, n)
	}
	for _, k := range n.kids {
		out = append(out, k.allHeadings()...)
	}
	return out
}

// isSubsequence reports whether want appears in got in order (with other entries between).
func isSubsequence(want, got []string) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}

// BenchmarkRenderSeeds lays out and writes the seeds visit pack tagged (as packs are) and
// untagged, alternating which goes first, and reports the median time of each and the median
// ratio of the pairs: the target is tagged ≤ 1.25 × untagged. Interleaving in one loop
// keeps the load of other work on the machine out of the ratio.
func BenchmarkRenderSeeds(b *testing.B) {
	c := packCases[0]
	j := c.job(b)
	tm, err := pack.LoadTemplate("visit", "")
	if err != nil {
		b.Fatal(err)
	}
	p := pack.New(build.PackInput(j.Result), extract.DefaultThemes(), j.Settings, j.Edits, j.Sections)
	render := func(untagged bool) time.Duration {
		start := time.Now()
		doc := pack.Assemble(p, tm)
		if _, err := pdf.Render(doc, io.Discard, pdf.Options{Untagged: untagged, CreationDate: build.CreationDate(j.Settings.Date)}); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
	var tagged, untagged, ratio []float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var t, u time.Duration
		if i%2 == 0 {
			t, u = render(false), render(true)
		} else {
			u, t = render(true), render(false)
		}
		tagged, untagged = append(tagged, float64(t)/1e6), append(untagged, float64(u)/1e6)
		ratio = append(ratio, float64(t)/float64(u))
	}
	b.ReportMetric(median(tagged), "ms-tagged")
	b.ReportMetric(median(untagged), "ms-untagged")
	b.ReportMetric(median(ratio), "tagged/untagged")
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}
