package engine

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/internal/testshared"
)

// The gold files of ../shared/gold, as far as these tests read them.
type goldDoc struct {
	Source struct {
		Title                 string   `json:"title"`
		Published             *string  `json:"published"`
		Publisher             *string  `json:"publisher"`
		PublisherAlternatives []string `json:"publisher_alternatives"`
		Author                *string  `json:"author"`
		AuthorFrom            string   `json:"author_from"`
	} `json:"source"`
	Events []struct {
		Date             string   `json:"date"`
		DateAlternatives []string `json:"date_alternatives"`
		Evidence         string   `json:"evidence"`
		Needs            string   `json:"needs"`
	} `json:"events"`
	EventsOptional []struct {
		Date     string `json:"date"`
		Evidence string `json:"evidence"`
	} `json:"events_optional"`
	Quotes []struct {
		Text           string   `json:"text"`
		Speaker        string   `json:"speaker"`
		SpeakerAliases []string `json:"speaker_aliases"`
		Continues      string   `json:"continues"`
	} `json:"quotes"`
	Boilerplate []string            `json:"boilerplate_lines"`
	Metadata    []string            `json:"metadata_lines"`
	Themes      map[string][]string `json:"themes"`
	Contacts    []struct {
		Name         string  `json:"name"`
		Role         *string `json:"role"`
		Organisation *string `json:"organisation"`
		Phone        *string `json:"phone"`
		Email        *string `json:"email"`
		Line         int     `json:"line"`
	} `json:"contacts"`
	About []struct {
		Organisation string `json:"organisation"`
		Line         int    `json:"line"`
		Starts       string `json:"starts"`
	} `json:"about"`
}

var (
	reNonWord = regexp.MustCompile(`[^\p{L}\p{N}_@#' ]+`)
	reSpaces  = regexp.MustCompile(`\s+`)
)

// normText folds text the way the shared scorer does, so these tests and score.py agree.
func normText(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	s = reNonWord.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(strings.ReplaceAll(s, "u k ", "uk "), "u.k.", "uk")
	return strings.TrimSpace(reSpaces.ReplaceAllString(s, " "))
}

func first(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

func quoteMatches(gold, pred string) bool {
	gt, pt := first(normText(gold), 60), normText(pred)
	return gt != "" && (strings.Contains(pt, gt) || len([]rune(pt)) > 20 && strings.Contains(normText(gold), first(pt, 60)))
}

func speakerOK(gold string, aliases []string, pred string) bool {
	p := normText(pred)
	if p == "" {
		return false
	}
	for _, n := range append([]string{gold}, aliases...) {
		n = normText(n)
		if n == "" {
			continue
		}
		f := strings.Fields(n)
		last := f[len(f)-1]
		if n == p || strings.Contains(p, n) || strings.Contains(n, p) && len(p) > 3 || len(f) > 1 && containsWord(p, last) {
			return true
		}
	}
	return false
}

func containsWord(s, w string) bool {
	for _, x := range strings.Fields(s) {
		if x == w {
			return true
		}
	}
	return false
}

func linesOf(text, sub string) map[int]bool {
	i := strings.Index(text, sub)
	out := map[int]bool{}
	if i < 0 {
		return out
	}
	a := strings.Count(text[:i], "\n") + 1
	for k := 0; k <= strings.Count(sub, "\n"); k++ {
		out[a+k] = true
	}
	return out
}

func eventMatches(date string, alts []string, evidence string, p briefing.Event, text string) bool {
	ds := p.Date.String()
	if ds != date && !containsString(alts, ds) {
		return false
	}
	if linesOf(text, evidence)[p.Line] {
		return true
	}
	ne, pe := normText(evidence), normText(p.Evidence)
	if pe != "" && (strings.Contains(pe, ne) || strings.Contains(ne, pe)) {
		return true
	}
	gt := strings.Fields(ne)
	have := map[string]bool{}
	for _, w := range strings.Fields(pe) {
		have[w] = true
	}
	n := 0
	seen := map[string]bool{}
	for _, w := range gt {
		if !seen[w] {
			seen[w] = true
			if have[w] {
				n++
			}
		}
	}
	return len(seen) > 0 && float64(n) >= 0.6*float64(len(seen))
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestGoldSeeds checks the extraction of every seed against its gold file, item by item: every gold
// quotation found with its speaker and nothing else quoted, every gold event found and no event that
// is not in the gold, every gold furniture line removed and no other line removed, every theme
// passage found, titles, published dates, publishers and authors right.
func TestGoldSeeds(t *testing.T) {
	shared := testshared.Dir(t)
	res := Run([]string{filepath.Join(shared, "seeds")}, Options{})
	if len(res.Errors) > 0 {
		t.Fatalf("load errors: %v", res.Errors)
	}
	byName := map[string]*briefing.Extraction{}
	for _, x := range res.Extractions {
		byName[strings.TrimSuffix(filepath.Base(x.Source.File), ".txt")] = x
	}
	golds, _ := filepath.Glob(filepath.Join(shared, "gold", "0*.json"))
	if len(golds) == 0 {
		t.Fatal("no gold files")
	}
	for _, gf := range golds {
		name := strings.TrimSuffix(filepath.Base(gf), ".json")
		t.Run(name, func(t *testing.T) {
			var g goldDoc
			b, err := os.ReadFile(gf)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &g); err != nil {
				t.Fatal(err)
			}
			x := byName[name]
			if x == nil {
				t.Fatalf("no extraction for %s", name)
			}
			text := x.Source.Text
			checkQuotes(t, g, x)
			checkEvents(t, g, x, text)
			checkFurniture(t, g, x, text)
			for theme, subs := range g.Themes {
				id := themeID(theme)
				for _, sub := range subs {
					if !themeFound(x, id, sub, text) {
						t.Errorf("theme %s: passage %q not found", id, sub)
					}
				}
			}
			if normText(x.Source.Title) != normText(g.Source.Title) {
				t.Errorf("title: got %q, want %q", x.Source.Title, g.Source.Title)
			}
			want := ""
			if g.Source.Published != nil {
				want = *g.Source.Published
			}
			if want != "" && x.Source.Published.String() != want {
				t.Errorf("published: got %q, want %q", x.Source.Published, want)
			}
			checkPublisherAuthor(t, g, x.Source)
		})
	}
	t.Run("pack", func(t *testing.T) { checkPack(t, res) })
}

func checkQuotes(t *testing.T, g goldDoc, x *briefing.Extraction) {
	t.Helper()
	used := map[int]bool{}
	for _, gq := range g.Quotes {
		hit := -1
		for k, p := range x.Quotes {
			if !used[k] && quoteMatches(gq.Text, p.Text) {
				hit = k
				break
			}
		}
		if hit < 0 {
			t.Errorf("quote missed: %q (%s)", first(gq.Text, 50), gq.Speaker)
			continue
		}
		used[hit] = true
		if !speakerOK(gq.Speaker, gq.SpeakerAliases, x.Quotes[hit].Speaker) {
			t.Errorf("quote %q: speaker %q, want %q", first(gq.Text, 40), x.Quotes[hit].Speaker, gq.Speaker)
		}
	}
	for k, p := range x.Quotes {
		if used[k] {
			continue
		}
		ok := false
		for _, gq := range g.Quotes {
			if quoteMatches(gq.Text, p.Text) || gq.Continues != "" && quoteMatches(gq.Continues, p.Text) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("quote not in gold: %q (%s)", first(p.Text, 50), p.Speaker)
		}
	}
}

func checkEvents(t *testing.T, g goldDoc, x *briefing.Extraction, text string) {
	t.Helper()
	used := map[int]bool{}
	for _, ge := range g.Events {
		if ge.Needs != "" {
			continue
		}
		hit := -1
		for k, p := range x.Events {
			if !used[k] && eventMatches(ge.Date, ge.DateAlternatives, ge.Evidence, p, text) {
				hit = k
				break
			}
		}
		if hit < 0 {
			t.Errorf("event missed: %s %q", ge.Date, ge.Evidence)
			continue
		}
		used[hit] = true
	}
	for k, p := range x.Events {
		if used[k] {
			continue
		}
		ok := false
		for _, ge := range g.Events {
			if eventMatches(ge.Date, ge.DateAlternatives, ge.Evidence, p, text) {
				ok = true
			}
		}
		for _, o := range g.EventsOptional {
			if eventMatches(o.Date, nil, o.Evidence, p, text) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("event not in gold: %s %q (line %d)", p.Date, p.What, p.Line)
		}
	}
}

// checkFurniture: every line gold calls furniture is removed, and no other line is: the gold lists
// every furniture line, so a line removed beyond it is a failure (blank lines, markup-only rules and
// the metadata lines gold sets apart count neither way, as in the shared scorer). A line that carries
// something the gold cites (a quotation, an event, a theme passage, the title) is named as such.
func checkFurniture(t *testing.T, g goldDoc, x *briefing.Extraction, text string) {
	t.Helper()
	lines := strings.Split(text, "\n")
	pred := map[int]bool{}
	for _, n := range x.Furniture {
		pred[n] = true
	}
	cited := citedLines(g, text)
	for i, l := range lines {
		n := i + 1
		gold := containsString(g.Boilerplate, l)
		neutral := strings.TrimSpace(l) == "" || strings.TrimSpace(l) == "---" || containsString(g.Metadata, l)
		switch {
		case gold && !pred[n]:
			t.Errorf("furniture kept, line %d: %q", n, first(l, 60))
		case !gold && !neutral && pred[n] && cited[n]:
			t.Errorf("line %d is cited by the gold but was removed as furniture: %q", n, first(l, 60))
		case !gold && !neutral && pred[n]:
			t.Errorf("article line removed as furniture, line %d: %q", n, first(l, 60))
		}
	}
}

// citedLines are the lines holding something the gold cites.
func citedLines(g goldDoc, text string) map[int]bool {
	cited := map[int]bool{}
	add := func(s string) {
		for n := range linesOf(text, s) {
			cited[n] = true
		}
	}
	for _, q := range g.Quotes {
		add(first(q.Text, 40))
	}
	for _, e := range g.Events {
		add(e.Evidence)
	}
	for _, subs := range g.Themes {
		for _, s := range subs {
			add(s)
		}
	}
	add(g.Source.Title)
	return cited
}

// checkPublisherAuthor: the publisher is the gold's or one of its alternatives, the author the gold's
// (none where the gold gives none), and an author guessed from a handle says so.
func checkPublisherAuthor(t *testing.T, g goldDoc, src *briefing.Source) {
	t.Helper()
	want := ""
	if g.Source.Publisher != nil {
		want = *g.Source.Publisher
	}
	ok := normText(src.Publisher) == normText(want)
	for _, alt := range g.Source.PublisherAlternatives {
		ok = ok || normText(src.Publisher) == normText(alt)
	}
	if !ok {
		t.Errorf("publisher: got %q, want %q (or one of %q)", src.Publisher, want, g.Source.PublisherAlternatives)
	}
	want = ""
	if g.Source.Author != nil {
		want = *g.Source.Author
	}
	if normText(src.Author) != normText(want) {
		t.Errorf("author: got %q, want %q", src.Author, want)
	}
	if g.Source.AuthorFrom != "" && src.AuthorFrom != g.Source.AuthorFrom {
		t.Errorf("author from: got %q, want %q", src.AuthorFrom, g.Source.AuthorFrom)
	}
}

func themeID(name string) string {
	n := strings.ToLower(name)
	for _, kv := range [][2]string{{"academ", "digital-academies"}, {"skill", "digital-academies"}, {"identity", "digital-identity"},
		{"standard", "open-standards"}, {"open", "open-standards"}, {"secur", "data-security"}, {"cyber", "data-security"},
		{"cloud", "cloud"}, {"ai", "data-ai"}, {"service", "digital-services"}, {"life event", "digital-services"}} {
		if strings.Contains(n, kv[0]) {
			return kv[1]
		}
	}
	return n
}

func themeFound(x *briefing.Extraction, id, sub, text string) bool {
	gl := linesOf(text, sub)
	for _, h := range x.Themes {
		if h.Theme != id {
			continue
		}
		for _, ev := range h.Evidence {
			if strings.Contains(ev.Text, sub) {
				return true
			}
			for n := range linesOf(text, ev.Text) {
				if gl[n] {
					return true
				}
			}
		}
	}
	return false
}

func checkPack(t *testing.T, res *Result) {
	g := testshared.ReadGoldPack(t)
	short := map[string]string{}
	for _, x := range res.Extractions {
		short[x.Source.ID] = filepath.Base(x.Source.File)[:3]
	}
	srcs := func(ids []string) map[string]bool {
		m := map[string]bool{}
		for _, id := range ids {
			m[short[id]] = true
		}
		return m
	}
	for _, ge := range g.Timeline {
		if ge.Needs != "" {
			continue
		}
		found := false
		for _, e := range res.Timeline {
			if e.Date.String() != ge.Date && !containsString(ge.DateAlternatives, e.Date.String()) {
				continue
			}
			have := srcs(e.Sources)
			all := true
			for _, s := range ge.Sources {
				all = all && have[s]
			}
			found = found || all
		}
		if !found {
			t.Errorf("timeline: no single entry for %s from %v", ge.Date, ge.Sources)
		}
	}
	for _, gq := range g.Quotations {
		var hits []briefing.Quotation
		for _, q := range res.Quotations {
			if strings.Contains(normText(q.Text), normText(gq.Starts)) {
				hits = append(hits, q)
			}
		}
		if len(hits) != 1 {
			t.Errorf("quotation %q: %d entries, want 1", gq.Starts, len(hits))
			continue
		}
		have := srcs(hits[0].Sources)
		for _, s := range gq.Sources {
			if !have[s] {
				t.Errorf("quotation %q: source %s missing (have %v)", gq.Starts, s, hits[0].Sources)
			}
		}
		var aliases []string
		if strings.Contains(gq.Speaker, "Foreign") {
			aliases = []string{"FCO"}
		}
		if !speakerOK(gq.Speaker, aliases, hits[0].Speaker) {
			t.Errorf("quotation %q: speaker %q, want %q", gq.Starts, hits[0].Speaker, gq.Speaker)
		}
	}
	for _, gp := range g.People {
		n := 0
		for _, p := range res.People {
			if normText(p.Name) == normText(gp.Name) {
				n++
				if p.Role == "" {
					t.Errorf("person %s has no role", gp.Name)
				}
			}
		}
		if n != 1 {
			t.Errorf("person %s: %d entries, want 1", gp.Name, n)
		}
	}
}

// TestNeedsPublicationYear: what the gold marks as needing a publication date comes out once the user
// sets that date, and not before (no guessing).
func TestNeedsPublicationYear(t *testing.T) {
	shared := testshared.Dir(t)
	file := filepath.Join(shared, "seeds", "000_5719f7634facb166.txt")
	has := func(r *Result, date string) bool {
		for _, e := range r.Extractions[0].Events {
			if e.Date.String() == date {
				return true
			}
		}
		return false
	}
	before := Run([]string{file}, Options{})
	if len(before.Extractions[0].Events) != 0 || len(before.Extractions[0].Warnings) == 0 {
		t.Fatalf("without a publication date: events %+v, warnings %q", before.Extractions[0].Events, before.Extractions[0].Warnings)
	}
	id := before.Extractions[0].Source.ID
	after := Run([]string{file}, Options{Published: map[string]briefing.Date{id: briefing.DayOf(2019, 7, 2)}})
	for _, want := range []string{"2018", "2019-06"} {
		if !has(after, want) {
			t.Errorf("with the publication date set: no event dated %s in %+v", want, after.Extractions[0].Events)
		}
	}
}

// TestGoldContactsAndNotes: the press contacts and "About" notes of every seed match its gold (seed
// 004 lists two contacts and three notes): every field of each contact, and each note's organisation,
// heading line and opening words.
func TestGoldContactsAndNotes(t *testing.T) {
	shared := testshared.Dir(t)
	golds, _ := filepath.Glob(filepath.Join(shared, "gold", "0*.json"))
	checked := 0
	for _, gf := range golds {
		var g goldDoc
		b, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(gf), ".json")
		res := Run([]string{filepath.Join(shared, "seeds", name+".txt")}, Options{})
		if len(res.Extractions) != 1 {
			t.Fatalf("%s: %v", name, res.Errors)
		}
		x := res.Extractions[0]
		if len(x.Contacts) != len(g.Contacts) || len(x.About) != len(g.About) {
			t.Errorf("%s: %d contacts and %d notes, want %d and %d: %+v %+v", name, len(x.Contacts), len(x.About), len(g.Contacts), len(g.About), x.Contacts, x.About)
			continue
		}
		deref := func(s *string) string {
			if s == nil {
				return ""
			}
			return *s
		}
		for i, gc := range g.Contacts {
			want := briefing.Contact{Name: gc.Name, Role: deref(gc.Role), Organisation: deref(gc.Organisation), Phone: deref(gc.Phone), Email: deref(gc.Email), Line: gc.Line}
			if x.Contacts[i] != want {
				t.Errorf("%s: contact %d:\n got %+v\nwant %+v", name, i+1, x.Contacts[i], want)
			}
			checked++
		}
		for i, ga := range g.About {
			n := x.About[i]
			if n.Organisation != ga.Organisation || n.Line != ga.Line || !strings.HasPrefix(n.Text, ga.Starts) {
				t.Errorf("%s: note %d: got %q (line %d) %q, want %q (line %d) starting %q", name, i+1, n.Organisation, n.Line, first(n.Text, 60), ga.Organisation, ga.Line, ga.Starts)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no seed's gold lists contacts or notes")
	}
}
