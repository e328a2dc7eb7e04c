package build

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/source"
	"github.com/briefpack/briefpack/internal/testshared"
)

// tool finds a command the PDF checks need (poppler-utils, qpdf); `make test` installs them.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed (make test installs poppler-utils and qpdf): %v", name, err)
	}
	return p
}

func seedsJob(t *testing.T) Job {
	t.Helper()
	res := engine.Run([]string{filepath.Join(testshared.Dir(t), "seeds")}, engine.Options{})
	return Job{Result: res, Format: PDF, Settings: pack.Settings{
		Title: "UK–Singapore digital government", Subtitle: "Background for the partnership talks",
		Marking: "OFFICIAL-SENSITIVE", PreparedBy: "South-East Asia desk", Template: "visit", Date: briefing.DayOf(2026, 11, 23),
	}}
}

func buildPDF(t *testing.T, j Job) (string, []string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "pack.pdf")
	warns, err := ToFile(j, out)
	if err != nil {
		t.Fatal(err)
	}
	return out, warns
}

// pages returns the text of each page (pdftotext -layout).
func pages(t *testing.T, pdf string) []string {
	t.Helper()
	out, err := exec.Command(tool(t, "pdftotext"), "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	ps := strings.Split(string(out), "\f")
	if len(ps) > 0 && strings.TrimSpace(ps[len(ps)-1]) == "" {
		ps = ps[:len(ps)-1]
	}
	return ps
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out
}

var spaces = regexp.MustCompile(`\s+`)

func flat(s string) string { return spaces.ReplaceAllString(s, " ") }

// TestSeedsPack checks the visit brief built from the seeds the way a reviewer would: the file is
// valid, its fonts embedded, every page marked top and bottom with "Page X of Y", the contents true
// to the pages, and the timeline, quotations and people of ../shared/gold/pack.json all there.
func TestSeedsPack(t *testing.T) {
	j := seedsJob(t)
	pdf, _ := buildPDF(t, j)

	if out, err := exec.Command(tool(t, "qpdf"), "--check", pdf).CombinedOutput(); err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
	fonts, err := exec.Command(tool(t, "pdffonts"), pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	rows := nonEmptyLines(string(fonts))[2:]
	if len(rows) < 2 {
		t.Errorf("pdffonts lists %d fonts", len(rows))
	}
	for _, row := range rows {
		if f := strings.Fields(row); len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", row)
		}
	}
	if fi, _ := os.Stat(pdf); fi.Size() > 150<<10 {
		t.Errorf("the seeds PDF is %d bytes, over 150 KB", fi.Size())
	}

	ps := pages(t, pdf)
	n := len(ps)
	for i, p := range ps {
		ls := nonEmptyLines(p)
		if i == 0 { // the cover: marked, not numbered
			if len(ls) < 2 || ls[0] != "OFFICIAL-SENSITIVE" || ls[len(ls)-1] != "OFFICIAL-SENSITIVE" || strings.Contains(p, "Page ") {
				t.Errorf("cover: want the marking top and bottom and no page number: first %q, last %q", ls[0], ls[len(ls)-1])
			}
			continue
		}
		if len(ls) < 3 || ls[0] != "OFFICIAL-SENSITIVE" || ls[len(ls)-2] != "OFFICIAL-SENSITIVE" {
			t.Errorf("page %d: marking not at top and bottom: first %q, last %q", i+1, ls[0], ls[len(ls)-2:])
		}
		if want := "Page " + strconv.Itoa(i) + " of " + strconv.Itoa(n-1); !strings.HasSuffix(ls[len(ls)-1], want) {
			t.Errorf("page %d: footer %q, want it to end %q (the cover is not counted)", i+1, ls[len(ls)-1], want)
		}
	}
	all := flat(strings.Join(ps, "\n"))

	// contents: every entry names the page its heading really starts on
	entry := regexp.MustCompile(`^(.+?)\s*(?:\.\s)+\.?\s*(\d+)$`)
	var entries int
	for _, l := range nonEmptyLines(ps[1])[1:] {
		m := entry.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		entries++
		title, page := strings.TrimSpace(m[1]), m[2]
		pn, _ := strconv.Atoi(page) // printed numbers: the cover is not counted, so page pn is ps[pn]
		if pn < 2 || pn > n-1 {
			t.Errorf("contents: %q on page %d of %d", title, pn, n-1)
			continue
		}
		if !containsLine(ps[pn], title) {
			t.Errorf("contents: %q says page %d, but that page has no such heading", title, pn)
		}
		for k := 2; k < pn; k++ {
			if containsLine(ps[k], title) {
				t.Errorf("contents: %q says page %d, but it already starts on page %d", title, pn, k)
			}
		}
	}
	if entries < 10 {
		t.Errorf("contents has %d entries", entries)
	}

	gold := testshared.ReadGoldPack(t)
	num := map[string]int{} // "002" → its number in the sources list
	for i, x := range j.Result.Extractions {
		num[filepath.Base(x.Source.File)[:3]] = i + 1
	}
	// the timeline: gold events in date order, each with its sources
	tlStart := strings.Index(all, "exact date")
	if tlStart < 0 {
		t.Fatal("no timeline legend in the PDF")
	}
	tl := all[tlStart:]
	if end := strings.Index(tl, "Quotations on the record"); end > 0 {
		tl = tl[:end]
	}
	last := -1
	for _, g := range gold.Timeline {
		if g.Needs != "" {
			continue // not datable from the text alone (see the note on 000's publication date)
		}
		d, _ := briefing.ParseDate(g.Date)
		label := d.Human()
		at := strings.Index(tl, label+" ")
		if at < 0 {
			t.Errorf("timeline: %s (%s) not shown", label, g.What)
			continue
		}
		if at < last {
			t.Errorf("timeline: %s out of date order", label)
		}
		last = at
		cites := tl[at:]
		if e := strings.Index(cites, "Sources:"); e >= 0 {
			cites = cites[e : e+40]
		}
		for _, s := range g.Sources {
			if !strings.Contains(cites, "["+strconv.Itoa(num[s])+"]") {
				t.Errorf("timeline: %s does not cite source %s [%d]: %q", label, s, num[s], cites)
			}
		}
	}
	// the quotations, with their speakers: pull quotes followed by "— speaker", social posts listed
	// as "Social post by speaker"
	for _, g := range gold.Quotations {
		start := flat(curlyApostrophes(g.Starts))
		at := strings.Index(all, start)
		if at < 0 {
			t.Errorf("quotation %q not shown", g.Starts)
			continue
		}
		tail := all[at:min(len(all), at+900)]
		head := all[max(0, at-120):at]
		pulled := strings.Contains(tail, "— "+g.Speaker) || g.Speaker == "GDS" && strings.Contains(tail, "(GDS)")
		posted := strings.Contains(head, "Social post by") && (strings.Contains(head, g.Speaker) || g.Speaker == "GDS" && strings.Contains(head, "(GDS)"))
		if !pulled && !posted {
			t.Errorf("quotation %q: speaker %s not shown with it", g.Starts, g.Speaker)
		}
	}
	// who's who: every person, with a role
	who := between(strings.Join(ps, "\n"), "Who’s who\n", "Background by theme\n")
	for _, g := range gold.People {
		found := false
		for _, l := range strings.Split(who, "\n") {
			l = strings.TrimSpace(l)
			if at := strings.Index(l, g.Name); at >= 0 && at <= len("Rt Hon ") { // the name, perhaps after its honorific
				rest := strings.TrimSpace(l[at+len(g.Name):])
				found = found || len(rest) > 3
			}
		}
		if !found {
			t.Errorf("who's who: %s not shown with a role", g.Name)
		}
	}
	// typography: curly quotes and apostrophes come through
	for _, c := range []string{"“", "”", "’"} {
		if !strings.Contains(all, c) {
			t.Errorf("%q missing from the PDF text", c)
		}
	}
}

// curlyApostrophes sets straight apostrophes as the pack prints them in quotations.
func curlyApostrophes(s string) string { return strings.ReplaceAll(s, "'", "’") }

// between returns the text from the first line that is exactly from to the next that is exactly to.
func between(text, from, to string) string {
	lines := strings.Split(text, "\n")
	start, end := -1, len(lines)
	for i, l := range lines {
		switch strings.TrimSpace(l) {
		case strings.TrimSpace(from):
			if start < 0 {
				start = i
			}
		case strings.TrimSpace(to):
			if start >= 0 && i > start {
				end = i
			}
		}
		if start >= 0 && end < len(lines) {
			break
		}
	}
	if start < 0 {
		return ""
	}
	return strings.Join(lines[start:end], "\n")
}

func containsLine(page, title string) bool {
	for _, l := range strings.Split(page, "\n") {
		if strings.TrimSpace(l) == title {
			return true
		}
	}
	return false
}

// TestReproducible: the same inputs and SOURCE_DATE_EPOCH give byte-identical PDF and HTML.
func TestReproducible(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1790000000")
	for _, f := range []Format{PDF, HTML} {
		var a, b bytes.Buffer
		j := seedsJob(t)
		j.Format = f
		j.Settings.Date = briefing.Date{} // from SOURCE_DATE_EPOCH
		if _, err := Render(j, &a); err != nil {
			t.Fatal(err)
		}
		j = seedsJob(t)
		j.Format = f
		j.Settings.Date = briefing.Date{}
		if _, err := Render(j, &b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two builds differ", f)
		}
		if f == PDF && !bytes.Contains(a.Bytes(), []byte("D:"+time.Unix(1790000000, 0).UTC().Format("20060102150405"))) {
			t.Errorf("PDF creation date does not come from SOURCE_DATE_EPOCH")
		}
	}
}

// TestBadInputs: each problem gives a clear message; the last good output is never clobbered.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.md")
	os.WriteFile(broken, []byte("---\nname: broken\n---\n# Heading\n\n:::timelime\n"), 0o644)
	badFM := filepath.Join(dir, "badfm.md")
	os.WriteFile(badFM, []byte("---\nname: [oops\n---\n# Heading\n"), 0o644)

	out := filepath.Join(dir, "pack.pdf")
	good := seedsJob(t)
	if _, err := ToFile(good, out); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(out)

	cases := []struct {
		name string
		job  func() Job
		path string
		want string
	}{
		{"unknown directive", func() Job { j := seedsJob(t); j.Settings.Template = broken; return j }, out, broken + ":6: unknown directive \"timelime\""},
		{"bad front matter", func() Job { j := seedsJob(t); j.Settings.Template = badFM; return j }, out, badFM + ":1: front matter"},
		{"unknown template", func() Job { j := seedsJob(t); j.Settings.Template = "brochure"; return j }, out, "no template named \"brochure\""},
		{"unknown theme", func() Job { j := seedsJob(t); j.Settings.Themes = []string{"space-travel"}; return j }, out, "unknown theme \"space-travel\""},
		{"unwritable path", func() Job { return seedsJob(t) }, filepath.Join(dir, "no-such-folder", "pack.pdf"), "cannot write " + filepath.Join(dir, "no-such-folder", "pack.pdf")},
		{"path is a folder", func() Job { return seedsJob(t) }, dir, "cannot write " + dir},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ToFile(tc.job(), tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
	after, _ := os.ReadFile(out)
	if !bytes.Equal(before, after) {
		t.Error("a failed build changed the last good output")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// TestNotIncludedAndMissingGlyphs: a file that fails to load is listed under "Not included" and the
// pack still builds; characters the font lacks are reported by name.
func TestNotIncludedAndMissingGlyphs(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a-note.txt"), []byte("Ferry talks\n\nThe two councils met in Vallen on 3 June 2024 to agree a timetable, 你好 🚢.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b-photo.txt"), []byte("\x89PNG\r\n\x1a\nxxxx"), 0o644)
	res := engine.Run([]string{dir}, engine.Options{})
	j := Job{Result: res, Settings: pack.Settings{Title: "Ferry", Date: briefing.DayOf(2024, 6, 4)}}
	pdf, warns := buildPDF(t, j)
	w := strings.Join(warns, "\n")
	for _, want := range []string{"你 (U+4F60)", "🚢 (U+1F6A2)", "b-photo.txt"} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings %q do not mention %s", w, want)
		}
	}
	all := flat(strings.Join(pages(t, pdf), "\n"))
	if !strings.Contains(all, "Not included") || !strings.Contains(all, "b-photo.txt — binary file") {
		t.Errorf("the failed file is not listed under Not included")
	}
}

// TestSensitivePackIsPrivate: issue 11 item 5 — a pack marked OFFICIAL-SENSITIVE is written
// owner-only whatever the umask; an OFFICIAL one gets 0666 under the umask.
func TestSensitivePackIsPrivate(t *testing.T) {
	umask := syscall.Umask(0o022)
	syscall.Umask(umask)
	dir := t.TempDir()
	for _, tc := range []struct {
		marking string
		want    os.FileMode
	}{{"OFFICIAL-SENSITIVE", 0o600}, {"OFFICIAL", 0o666 &^ os.FileMode(umask)}} {
		src, err := source.LoadBytes("note.txt", []byte("The council signed the harbour agreement on 3 March 2024.\n"))
		if err != nil {
			t.Fatal(err)
		}
		res := engine.Process([]*briefing.Source{src}, nil, engine.Options{})
		out := filepath.Join(dir, tc.marking+".pdf")
		job := Job{Result: res, Settings: pack.Settings{Title: "T", Marking: tc.marking, Template: "visit", Date: briefing.DayOf(2024, 3, 4)}, Format: PDF}
		if _, err := ToFile(job, out); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != tc.want {
			t.Errorf("%s: mode %v (%v), want %v", tc.marking, fi.Mode().Perm(), err, tc.want)
		}
	}
}
