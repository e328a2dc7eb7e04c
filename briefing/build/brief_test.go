package build

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/briefpack/briefpack/assets"
	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/render/pdf"
)

// The checks of issue 13 that text can show, on the packs a preparer builds: the seeds as a visit
// brief, a signing pack and a one-page note, the seeds in large print, and the sample library with
// its example sections.

type builtPack struct {
	name  string
	job   Job
	pdf   string
	pages []string
	warns []string
}

func briefPacks(t *testing.T) []builtPack {
	t.Helper()
	sample := engine.RunFS(assets.Samples, "samples", engine.Options{})
	sections, err := assets.Sections.ReadFile("sections/visit.md")
	if err != nil {
		t.Fatal(err)
	}
	jobs := map[string]func() Job{
		"visit":   func() Job { return seedsJob(t) },
		"signing": func() Job { j := seedsJob(t); j.Settings.Template = "signing"; return j },
		"onepage": func() Job { j := seedsJob(t); j.Settings.Template = "onepage"; return j },
		"large":   func() Job { j := seedsJob(t); j.Settings.LargePrint = true; return j },
		"sample": func() Job {
			return Job{Result: sample, Format: PDF, Sections: pack.ParseSections(string(sections)),
				Settings: pack.Settings{Title: "Northmere–Calvera", Template: "visit", Date: briefing.DayOf(2025, 3, 10)}}
		},
	}
	var out []builtPack
	for _, name := range []string{"visit", "signing", "onepage", "large", "sample"} {
		j := jobs[name]()
		file, warns := buildPDF(t, j)
		out = append(out, builtPack{name, j, file, pages(t, file), warns})
	}
	return out
}

var (
	cutAfterLetter = regexp.MustCompile(`\p{L}…`)
	loneCites      = regexp.MustCompile(`^\s*(\[\d+\]\s*)+[.,;]?\s*$`)
)

// TestBriefText checks each pack as text: nothing cut mid-word, draft boxes shown and listed, the
// cover without build statistics, the colophon on the last page only, the bookmark tree sound.
func TestBriefText(t *testing.T) {
	for _, bp := range briefPacks(t) {
		t.Run(bp.name, func(t *testing.T) {
			all := strings.Join(bp.pages, "\n")
			if m := cutAfterLetter.FindAllString(all, -1); len(m) > 0 {
				for _, l := range strings.Split(all, "\n") {
					if cutAfterLetter.MatchString(l) {
						t.Errorf("cut mid-word: %q", strings.TrimSpace(l))
					}
				}
			}
			checkDrafts(t, bp, all)
			for _, l := range strings.Split(all, "\n") {
				if loneCites.MatchString(l) {
					t.Errorf("citations alone on a line: %q", l)
				}
			}
			if strings.Contains(all, "Built from") {
				t.Error("the pack carries build statistics")
			}
			colophon := "Prepared with briefpack " + assets.Version
			for i, p := range bp.pages {
				if has := strings.Contains(p, colophon); has != (i == len(bp.pages)-1) {
					t.Errorf("page %d of %d: colophon %v", i+1, len(bp.pages), has)
				}
			}
			checkBookmarks(t, bp.pdf)
			checkAnnexShowsPack(t, bp, all)
		})
	}
}

// checkAnnexShowsPack: the annex traces what its pack shows — theme passages only in a pack with
// a themes section (the signing pack has none).
func checkAnnexShowsPack(t *testing.T, bp builtPack, all string) {
	t.Helper()
	at := strings.LastIndex(all, "Annex: where each item comes from")
	if at < 0 {
		return // the one-page note has no annex
	}
	annex, body := all[at:], all[:at]
	if themes := strings.Contains(body, "Background by theme"); strings.Contains(annex, "Theme passages") != themes {
		t.Errorf("annex lists theme passages: %v; pack shows themes: %v", !themes, themes)
	}
}

// checkDrafts: every "To be completed" box is one the build listed, and the other way round.
func checkDrafts(t *testing.T, bp builtPack, all string) {
	t.Helper()
	var listed string
	for _, w := range bp.warns {
		if strings.HasPrefix(w, "draft: ") {
			listed = w
		}
	}
	boxes := regexp.MustCompile(`To be completed: ([^\n]+)`).FindAllStringSubmatch(all, -1)
	switch {
	case bp.name == "onepage": // its one section, the summary, stands in from the sources until written
		if len(boxes) > 0 || !strings.Contains(all, "From the sources until the preparer writes this section") {
			t.Errorf("the one-page note's summary is not filled from the sources: %d draft boxes", len(boxes))
		}
	case len(boxes) == 0 && bp.name != "sample":
		t.Errorf("no draft box, though no sections were given")
	}
	for _, b := range boxes {
		title := strings.TrimSpace(b[1])
		if !strings.Contains(listed, title+" (") {
			t.Errorf("draft box %q not listed by the build (%q)", title, listed)
		}
	}
	if n := strings.Count(listed, "), ") + 1; listed != "" && n != len(boxes) {
		t.Errorf("the build lists %d sections, the pack shows %d boxes", n, len(boxes))
	}
	if !strings.Contains(bp.pages[0], "DRAFT") {
		t.Error("a draft without the draft mark on its first page")
	}
}

type outline struct {
	Title  string    `json:"title"`
	Object string    `json:"object"`
	Kids   []outline `json:"kids"`
}

// checkBookmarks: qpdf finds the file sound; no bookmark is its own parent or appears twice; the
// Contents bookmark, when there is one, comes first.
func checkBookmarks(t *testing.T, file string) {
	t.Helper()
	if out, err := exec.Command(tool(t, "qpdf"), "--check", file).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
	out, err := exec.Command(tool(t, "qpdf"), "--json", "--json-key=outlines", file).Output()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Outlines) == 0 {
		t.Fatal("no bookmarks")
	}
	seen := map[string]bool{}
	var walk func(parent string, os []outline)
	walk = func(parent string, os []outline) {
		for _, o := range os {
			if o.Object == parent {
				t.Errorf("bookmark %q is its own parent", o.Title)
				continue
			}
			if seen[o.Object] {
				t.Errorf("bookmark %q appears twice", o.Title)
				continue
			}
			seen[o.Object] = true
			walk(o.Object, o.Kids)
		}
	}
	walk("", doc.Outlines)
	for _, o := range doc.Outlines[1:] {
		if o.Title == "Contents" {
			t.Errorf("the Contents bookmark is not first")
		}
	}
}

// TestWhosWhoAsStated: every role in the seeds' who's who says when and where it was stated, and
// the signings' signatories and witnesses are marked.
func TestWhosWhoAsStated(t *testing.T) {
	j := seedsJob(t)
	file, _ := buildPDF(t, j)
	who := flat(between(rawText(t, file), "Who’s who\n", "Background by theme\n"))
	for _, want := range []string{
		"Chancellor of the Exchequer — as stated on 14 June 2019 [3]",
		"Chief Executive Officer of GovTech Singapore — as stated on 4 July 2022 [2]",
		"former Director General of GDS — as stated, date unknown [1]",
		"Director General of GDS U.K. (14 June 2019) [3] [5]",
		"United Kingdom", "Singapore", "Side not stated in the sources",
		"Witness, signing of 13 June 2019 [3]",
		"Signatory, signing of 4 July 2022 [2]",
	} {
		if !strings.Contains(who, want) {
			t.Errorf("who's who lacks %q", want)
		}
	}
	if n := strings.Count(who, "— as stated"); n != len(j.Result.People) {
		t.Errorf("%d roles with when they were stated, want one per person (%d)", n, len(j.Result.People))
	}
}

// TestSigningsOnTheSeeds: the two signings the seeds state, with who signed each and who witnessed
// the first, as the sources name them.
func TestSigningsOnTheSeeds(t *testing.T) {
	j := seedsJob(t)
	p := pack.New(PackInput(j.Result), nil, j.Settings, j.Edits, nil)
	want := map[string][2]string{
		"2019-06-13": {"Kevin Cunnington, Kok Ping Soon", "Philip Hammond, Tharman Shanmugaratnam"},
		"2022-07-04": {"Kok Ping Soon, Tom Read", ""},
	}
	if len(p.Signings) != len(want) {
		t.Fatalf("%d signings, want %d", len(p.Signings), len(want))
	}
	for _, sg := range p.Signings {
		w, ok := want[sg.Date.String()]
		if !ok {
			t.Errorf("unexpected signing %s %q", sg.Date, sg.What)
			continue
		}
		if got := names(sg.Signatories); got != w[0] {
			t.Errorf("%s: signatories %q, want %q", sg.Date, got, w[0])
		}
		if got := names(sg.Witnesses); got != w[1] {
			t.Errorf("%s: witnesses %q, want %q", sg.Date, got, w[1])
		}
	}
}

// rawText is pdftotext's text in reading order (table cells whole, not laid out in columns).
func rawText(t *testing.T, file string) string {
	t.Helper()
	out, err := exec.Command(tool(t, "pdftotext"), file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestOfficialWordingLeads: of a quotation both the release and the newspaper carry, the release's
// wording leads; the newspaper's follows as a variant naming its source.
func TestOfficialWordingLeads(t *testing.T) {
	j := seedsJob(t)
	p := pack.New(PackInput(j.Result), nil, j.Settings, j.Edits, nil)
	release, paper := "", ""
	for _, x := range j.Result.Extractions {
		switch filepath.Base(x.Source.File)[:3] {
		case "004":
			release = x.Source.ID
		case "002":
			paper = x.Source.ID
		}
	}
	found := false
	for _, q := range p.Quotations {
		if q.Q.Speaker != "Kok Ping Soon" || q.Within != "" {
			continue
		}
		found = true
		if q.LeadFrom != release {
			t.Errorf("Kok Ping Soon's words lead from %s, want the release %s", q.LeadFrom, release)
		}
		if len(q.Variants) == 0 || q.Variants[0].Source != paper {
			t.Errorf("variants %+v, want the newspaper's", q.Variants)
		}
	}
	if !found {
		t.Fatal("no quotation by Kok Ping Soon")
	}
}

func names(ps []pack.Party) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return strings.Join(out, ", ")
}

// TestKeyPointsStateBothSignings: on the seeds, the steering summary's points include the sentences
// stating the 2019 signing and the 2022 one, each verbatim in its source, and the rest are central
// sentences (none repeats another's fact). The signings are key points by rule (pack.KeyPoints);
// centrality alone ranks the 2022 signing, which one source reports, thirteenth.
func TestKeyPointsStateBothSignings(t *testing.T) {
	j := seedsJob(t)
	p := pack.New(PackInput(j.Result), nil, j.Settings, j.Edits, nil)
	kps := p.KeyPoints(0)
	if len(kps) < 3 || len(kps) > 5 {
		t.Fatalf("%d key points, want 3 to 5", len(kps))
	}
	texts := map[string]string{}
	for _, x := range j.Result.Extractions {
		texts[x.Source.ID] = x.Source.Text
	}
	// a key point states a signing when it is the evidence of a timeline entry of that day or the
	// next (the merge's own "one event on neighbouring days": signed on Thursday, announced on
	// Friday) and says it was signed
	states := func(date string) bool {
		d, _ := briefing.ParseDate(date)
		for _, it := range p.IncludedTimeline() {
			if it.Entry.Date != d && it.Entry.Date != d.AddDays(1) {
				continue
			}
			for _, kp := range kps {
				for _, c := range it.Entry.Citations {
					if c.Source == kp.Citations[0].Source && strings.Contains(kp.Citations[0].Text, c.Text) && strings.Contains(strings.ToLower(kp.Text), "sign") {
						return true
					}
				}
			}
		}
		return false
	}
	for _, d := range []string{"2019-06-13", "2022-07-04"} {
		if !states(d) {
			t.Errorf("no key point states the signing of %s", d)
		}
	}
	for _, kp := range kps {
		for _, c := range kp.Citations {
			if !strings.Contains(texts[c.Source], c.Text) {
				t.Errorf("key point evidence not verbatim in %s: %q", c.Source, c.Text)
			}
		}
	}
}

// TestQuotationsInDateOrder reads the layout trace: the pull quotes' dates never go back, and undated
// ones come last.
func TestQuotationsInDateOrder(t *testing.T) {
	for _, j := range []Job{seedsJob(t), {Result: engine.RunFS(assets.Samples, "samples", engine.Options{}), Settings: pack.Settings{Date: briefing.DayOf(2025, 3, 10)}}} {
		trace := layoutTrace(t, j)
		var dates []string
		for _, m := range regexp.MustCompile(`quotation ".*" by .* date=(\S*) lines=`).FindAllStringSubmatch(trace, -1) {
			dates = append(dates, m[1])
		}
		if len(dates) < 2 {
			t.Fatalf("only %d pull quotes in the trace", len(dates))
		}
		for i := 1; i < len(dates); i++ {
			if dates[i] != "" && (dates[i-1] == "" || dates[i] < dates[i-1]) {
				t.Errorf("quotation dates out of order: %v", dates)
				break
			}
		}
	}
}

// TestLargePrint: the large-print seeds pack sets its body at 16 pt or more, every paragraph and
// passage at the body size, and no heading alone at a page foot.
func TestLargePrint(t *testing.T) {
	j := seedsJob(t)
	j.Settings.LargePrint = true
	trace := layoutTrace(t, j)
	m := regexp.MustCompile(`scale body=([\d.]+) small=([\d.]+)`).FindStringSubmatch(trace)
	if m == nil {
		t.Fatal("no scale in the layout trace")
	}
	if body, _ := strconv.ParseFloat(m[1], 64); body < 16 {
		t.Errorf("large-print body %v pt, want at least 16", body)
	}
	for _, s := range regexp.MustCompile(`(?:paragraph|passage) size=([\d.]+)`).FindAllStringSubmatch(trace, -1) {
		if s[1] != m[1] {
			t.Errorf("text at %s pt in a %s pt large-print pack", s[1], m[1])
		}
	}
	lines := strings.Split(strings.TrimSpace(trace), "\n")
	for i := 0; i+1 < len(lines); i++ {
		if strings.Contains(lines[i], " heading ") && pageOf(lines[i+1]) > pageOf(lines[i]) {
			t.Errorf("heading alone at a page foot: %s", lines[i])
		}
	}
}

func pageOf(traceLine string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(strings.Fields(traceLine)[0], "p"))
	return n
}

func layoutTrace(t *testing.T, j Job) string {
	t.Helper()
	tm, err := pack.LoadTemplate("visit", "")
	if err != nil {
		t.Fatal(err)
	}
	doc := pack.Assemble(pack.New(PackInput(j.Result), nil, j.Settings, j.Edits, j.Sections), tm)
	var trace, out bytes.Buffer
	if _, err := pdf.Render(doc, &out, pdf.Options{Trace: &trace}); err != nil {
		t.Fatal(err)
	}
	return trace.String()
}

// TestOnePageNote: one page, with the title, the date and the summary, its source lines whole.
func TestOnePageNote(t *testing.T) {
	j := seedsJob(t)
	j.Settings.Template = "onepage"
	j.Sections = pack.ParseSections("## Summary\n\nThe partnership is sound: two MoUs signed, in 2019 and 2022, and a third year of exchanges ahead.\n")
	file, warns := buildPDF(t, j)
	ps := pages(t, file)
	if len(ps) != 1 {
		t.Fatalf("the one-page note has %d pages (%v)", len(ps), warns)
	}
	text := flat(ps[0])
	for _, want := range []string{j.Settings.Title, "23 November 2026", "two MoUs signed", "Key dates", "People", "Sources"} {
		if !strings.Contains(text, want) {
			t.Errorf("the note lacks %q", want)
		}
	}
	for i, x := range j.Result.Extractions {
		if !strings.Contains(text, filepath.Base(x.Source.File)) {
			t.Errorf("source [%d] not shown whole: no %s", i+1, filepath.Base(x.Source.File))
		}
	}
}

// TestFinal: a final build refuses while a required section is empty, naming it; with the sections
// written it builds without the draft mark, and without the optional sections left empty.
func TestFinal(t *testing.T) {
	j := seedsJob(t)
	j.Settings.Final = true
	out := filepath.Join(t.TempDir(), "final.pdf")
	_, err := ToFile(j, out)
	if err == nil || !strings.Contains(err.Error(), "Objectives (objectives)") {
		t.Fatalf("final build with empty sections: %v", err)
	}
	if _, serr := os.Stat(out); serr == nil {
		t.Error("a refused final build left a file")
	}
	j.Sections = pack.ParseSections("## Objectives\n\nAgree the work plan.\n\n## Lines to take\n\nWe welcome the renewed MoU.\n\n## Programme\n\n- 09:00 Arrival\n")
	file, warns := buildPDF(t, j)
	all := strings.Join(pages(t, file), "\n")
	if strings.Contains(all, "DRAFT") || strings.Contains(all, "To be completed") {
		t.Error("a final pack carries a draft mark or box")
	}
	if strings.Contains(all, "Press lines") {
		t.Error("an empty optional section is still in the final pack")
	}
	for _, w := range warns {
		if strings.HasPrefix(w, "draft:") {
			t.Errorf("final build warns %q", w)
		}
	}
}

// TestHTMLCarriesTheBrief: the HTML copy has the same draft boxes, key points, roles as of a date and
// derived-date working, its citation targets at least 24 px square, and its content policy.
func TestHTMLCarriesTheBrief(t *testing.T) {
	j := seedsJob(t)
	j.Format = HTML
	var buf bytes.Buffer
	if _, err := Render(j, &buf); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
		`class="draft" id="draft-objectives"`, `<ul class="key-points">`,
		`Chancellor of the Exchequer — as stated on <time datetime="2019-06-14">14 June 2019</time>`,
		"Derived date: 4 July 2022 + 3 years.", "Signed by Kok Ping Soon",
		"a.cite { display: inline-block; min-width: 24px; min-height: 24px;",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the HTML copy lacks %q", want)
		}
	}
}

// TestNoHeadingEndsAPage reads every page of the seeds pack in large print and of the sample pack as
// printed (pdftotext): the last line above the page's foot is never a heading — a section's, a
// theme's, an organisation's, the annex's groups, or "Not for quoting in remarks" — left there
// without its first item.
func TestNoHeadingEndsAPage(t *testing.T) {
	large := seedsJob(t)
	large.Settings.LargePrint = true
	sample := Job{Result: engine.RunFS(assets.Samples, "samples", engine.Options{}), Format: PDF,
		Settings: pack.Settings{Title: "Sample", Template: "visit", Date: briefing.DayOf(2025, 3, 10)}}
	for name, j := range map[string]Job{"seeds, large print": large, "sample": sample} {
		headings := map[string]bool{"Timeline": true, "Quotations": true, "People": true, "Theme passages": true, "Not for quoting in remarks": true}
		for _, m := range regexp.MustCompile(`heading L\d "([^"]+)"`).FindAllStringSubmatch(layoutTrace(t, j), -1) {
			headings[m[1]] = true
		}
		for _, x := range j.Result.Extractions {
			for _, a := range x.About {
				headings[a.Organisation] = true
			}
		}
		file, _ := buildPDF(t, j)
		for i, page := range pages(t, file) {
			var last string
			for _, l := range strings.Split(page, "\n") {
				l = strings.TrimSpace(l)
				if l != "" && !strings.Contains(l, "Page ") && l != j.Settings.Marking {
					last = l
				}
			}
			if headings[last] {
				t.Errorf("%s, page %d ends with the heading %q", name, i+1, last)
			}
		}
	}
}
