package build

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/internal/testshared"
)

func buildHTML(t *testing.T, j Job) *html.Node {
	t.Helper()
	j.Format = HTML
	var buf bytes.Buffer
	if _, err := Render(j, &buf); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return flat(b.String())
}

func elements(n *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && keep(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func tag(name string) func(*html.Node) bool { return func(n *html.Node) bool { return n.Data == name } }

// TestSeedsHTML checks the accessible copy of the seeds pack as a screen-reader user would meet it:
// a language, one h1 and no skipped heading levels, the marking in a header and a footer, every link
// inside the page landing somewhere, and the same timeline, citations and quotations as the PDF.
func TestSeedsHTML(t *testing.T) {
	j := seedsJob(t)
	doc := buildHTML(t, j)

	if h := elements(doc, tag("html")); len(h) != 1 || attr(h[0], "lang") == "" {
		t.Error("no lang on <html>")
	}
	if ti := elements(doc, tag("title")); len(ti) != 1 || textOf(ti[0]) != j.Settings.Title {
		t.Errorf("<title> is not the pack title")
	}
	if h1 := elements(doc, tag("h1")); len(h1) != 1 {
		t.Errorf("%d h1 elements, want 1", len(h1))
	}
	level := 0
	for _, h := range elements(doc, func(n *html.Node) bool {
		return len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6'
	}) {
		l := int(h.Data[1] - '0')
		if l > level+1 {
			t.Errorf("heading %q jumps from h%d to h%d", textOf(h), level, l)
		}
		level = l
	}
	for _, place := range []string{"header", "footer"} {
		if e := elements(doc, tag(place)); len(e) != 1 || !strings.HasPrefix(textOf(e[0]), "OFFICIAL-SENSITIVE") {
			t.Errorf("marking not in the %s", place)
		}
	}
	if s := elements(doc, tag("script")); len(s) > 0 {
		t.Error("the pack carries a script")
	}
	ids := map[string]bool{}
	for _, e := range elements(doc, func(n *html.Node) bool { return attr(n, "id") != "" }) {
		if ids[attr(e, "id")] {
			t.Errorf("id %q used twice", attr(e, "id"))
		}
		ids[attr(e, "id")] = true
	}
	links := 0
	for _, a := range elements(doc, tag("a")) {
		if h := attr(a, "href"); strings.HasPrefix(h, "#") {
			links++
			if !ids[h[1:]] {
				t.Errorf("link %q (%q) lands nowhere", h, textOf(a))
			}
		}
		if strings.TrimSpace(textOf(a)) == "" && attr(a, "aria-label") == "" {
			t.Errorf("link %q has no text", attr(a, "href"))
		}
	}
	if links < 30 {
		t.Errorf("only %d links inside the page", links)
	}

	// the timeline: gold events in date order, each citing its sources
	num := map[string]int{}
	for i, x := range j.Result.Extractions {
		num[filepath.Base(x.Source.File)[:3]] = i + 1
	}
	events := elements(doc, func(n *html.Node) bool { return n.Data == "li" && strings.Contains(attr(n, "class"), "event") })
	gold := testshared.ReadGoldPack(t)
	last := -1
	for _, g := range gold.Timeline {
		if g.Needs != "" {
			continue
		}
		found := -1
		for i, e := range events {
			if tm := elements(e, tag("time")); len(tm) == 1 && attr(tm[0], "datetime") == g.Date {
				found = i
				break
			}
		}
		if found < 0 {
			t.Errorf("timeline: no event dated %s (%s)", g.Date, g.What)
			continue
		}
		if found < last {
			t.Errorf("timeline: %s out of order", g.Date)
		}
		last = found
		var cites []string
		for _, a := range elements(events[found], tag("a")) {
			cites = append(cites, attr(a, "href"))
		}
		for _, s := range g.Sources {
			want := "#source-" + strconv.Itoa(num[s])
			if !strings.Contains(strings.Join(cites, " "), want) {
				t.Errorf("timeline %s: cites %v, want %s", g.Date, cites, want)
			}
		}
	}
	// the quotations, each with its speaker
	all := textOf(doc)
	for _, g := range gold.Quotations {
		at := strings.Index(all, flat(g.Starts))
		if at < 0 {
			t.Errorf("quotation %q missing", g.Starts)
			continue
		}
		if !strings.Contains(all[at:min(len(all), at+900)], g.Speaker) {
			t.Errorf("quotation %q: speaker %s not shown with it", g.Starts, g.Speaker)
		}
	}
}

// TestHTMLEscapes: whatever the user types or a source says reaches the page as text, never markup.
func TestHTMLEscapes(t *testing.T) {
	j := seedsJob(t)
	j.Settings.Title = `Ferry <script>alert("x")</script> & "talks"`
	j.Settings.Subtitle = `<img src=x onerror=alert(1)>`
	j.Settings.Date = briefing.DayOf(2024, 6, 4)
	doc := buildHTML(t, j)
	if s := elements(doc, tag("script")); len(s) > 0 {
		t.Fatal("a <script> in the title became an element")
	}
	for _, e := range elements(doc, func(*html.Node) bool { return true }) {
		if attr(e, "onerror") != "" {
			t.Fatal("an attribute from the subtitle became markup")
		}
	}
	if h1 := elements(doc, tag("h1")); len(h1) != 1 || textOf(h1[0]) != j.Settings.Title {
		t.Errorf("title shown as %q", textOf(elements(doc, tag("h1"))[0]))
	}
}
