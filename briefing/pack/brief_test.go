package pack

import (
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

// The tests here build extractions by hand, in words written for them, so each checks one thing the
// pack decides — including what the extraction will only report later (roles with dates, "former",
// honorifics, partial quotes, contacts, "About" notes).

func source(id, file string, published briefing.Date, text string) *briefing.Source {
	s := &briefing.Source{ID: id, File: file, SHA256: id + strings.Repeat("0", 64-len(id)), Published: published, Format: briefing.FormatText}
	s.SetText(text)
	return s
}

// cite returns the citation of the first occurrence of words in src.
func cite(t *testing.T, src *briefing.Source, words string) briefing.Citation {
	t.Helper()
	off := strings.Index(src.Text, words)
	if off < 0 {
		t.Fatalf("%q not in %s", words, src.ID)
	}
	return briefing.Citation{Source: src.ID, Line: src.LineAt(off), Text: words}
}

func entry(d briefing.Date, what string, cs ...briefing.Citation) briefing.TimelineEntry {
	return briefing.TimelineEntry{Date: d, What: what, Sources: briefing.CitedSources(cs), Citations: cs}
}

// ferry is a small library: a release from the ferry board and a newspaper report.
func ferry(t *testing.T) (Input, *briefing.Source, *briefing.Source) {
	release := source("aaaaaaaaaaaa", "release.txt", briefing.DayOf(2024, 6, 4),
		"Ferry board and harbour council agree a new timetable\n"+
			"The Island Ferry Board and the Harbour Council signed a memorandum of understanding in Vallen on 3 June 2024.\n"+
			"The memorandum was signed by Dr Marta Ilves and Jonas Berg. Witnessing the signing was Sara Lind.\n"+
			"A separate trade agreement was signed by Olaf Brandt in May.\n"+
			"Issued by the Island Ferry Board press office.\n")
	paper := source("bbbbbbbbbbbb", "paper.txt", briefing.DayOf(2024, 6, 5),
		"Islands get faster crossings\n"+
			"The signing took place at the old customs house, the harbour's oldest building.\n"+
			"Marta Ilves and Jonas Berg signed the memorandum on Monday.\n"+
			"Representing the council at the signing was Mr Berg, with Olaf Brandt watching from the back.\n")
	xs := []*briefing.Extraction{{Source: release}, {Source: paper}}
	signing := entry(briefing.DayOf(2024, 6, 3), "The Island Ferry Board and the Harbour Council signed a memorandum of understanding",
		cite(t, release, "The Island Ferry Board and the Harbour Council signed a memorandum of understanding in Vallen on 3 June 2024."),
		cite(t, paper, "Marta Ilves and Jonas Berg signed the memorandum on Monday."))
	people := []briefing.PersonEntry{
		{Name: "Marta Ilves", Role: "chair of the Island Ferry Board", Sources: []string{release.ID, paper.ID}},
		{Name: "Jonas Berg", Role: "leader of the Harbour Council", Sources: []string{release.ID, paper.ID}},
		{Name: "Sara Lind", Role: "Minister for Transport", Sources: []string{release.ID}},
		{Name: "Olaf Brandt", Role: "trade envoy", Sources: []string{release.ID, paper.ID}},
	}
	return Input{Extractions: xs, Timeline: []briefing.TimelineEntry{signing}, People: people}, release, paper
}

// TestSignatoriesAndWitnesses: who signed and who witnessed come from "signed by", "representing …
// at the signing was", "witnessing the signing was" and the subject of "signed the memorandum";
// someone named near the signing without such a cue, or who signed another agreement, is neither.
func TestSignatoriesAndWitnesses(t *testing.T) {
	in, release, _ := ferry(t)
	p := New(in, nil, Settings{Date: briefing.DayOf(2024, 6, 10)}, Edits{}, nil)
	if len(p.Signings) != 1 {
		t.Fatalf("signings: %d, want 1", len(p.Signings))
	}
	sg := p.Signings[0]
	if got := partyNames(sg.Signatories); got != "Marta Ilves, Jonas Berg" {
		t.Errorf("signatories %q, want Marta Ilves, Jonas Berg", got)
	}
	if got := partyNames(sg.Witnesses); got != "Sara Lind" {
		t.Errorf("witnesses %q, want Sara Lind (Olaf Brandt signed another agreement, and only watched this one)", got)
	}
	if len(sg.Agreement) == 0 || sg.Agreement[0].Text != "memorandum of understanding" {
		t.Errorf("agreement %+v", sg.Agreement)
	}
	if len(sg.Parties) == 0 || sg.Parties[0].Text != "The Island Ferry Board and the Harbour Council" {
		t.Errorf("parties %+v", sg.Parties)
	}
	if len(sg.Place) != 2 || sg.Place[0].Text != "Vallen" || !strings.HasPrefix(sg.Place[1].Text, "the old customs house") {
		t.Errorf("place %+v, want Vallen (the release) and the old customs house (the paper)", sg.Place)
	}
	for _, pr := range p.Who {
		signed := len(pr.Parts) > 0
		if want := pr.Entry.Name != "Olaf Brandt"; signed != want {
			t.Errorf("%s marked at the signing: %v, want %v", pr.Entry.Name, signed, want)
		}
	}
	if it := p.Timeline[0]; it.Signing == nil || it.Signing.Key != sg.Key {
		t.Error("the signing is not attached to its timeline entry")
	}
	_ = release
}

// TestSigningReferences: "the agreement was signed by …" far from the evidence, in a source telling of
// one signing, names its signatories; "a separate trade agreement was signed by …" names another's.
func TestSigningReferences(t *testing.T) {
	a := source("abababababab", "a.txt", briefing.DayOf(2024, 6, 4), "Talks\n"+
		"The board and the council signed a memorandum of understanding on 3 June 2024.\n"+
		"Officials met twice before. The ferries run daily. Fares stay the same. Winter times follow.\n"+
		"The agreement was signed by Ana Ortega and Rui Costa.\n"+
		"A separate trade agreement was signed by Olaf Brandt.\n")
	in := Input{Extractions: []*briefing.Extraction{{Source: a}},
		Timeline: []briefing.TimelineEntry{entry(briefing.DayOf(2024, 6, 3), "The board and the council signed a memorandum of understanding",
			cite(t, a, "The board and the council signed a memorandum of understanding on 3 June 2024."))},
		People: []briefing.PersonEntry{{Name: "Ana Ortega"}, {Name: "Rui Costa"}, {Name: "Olaf Brandt"}}}
	p := New(in, nil, Settings{}, Edits{}, nil)
	if got := partyNames(p.Signings[0].Signatories); got != "Ana Ortega, Rui Costa" {
		t.Errorf("signatories %q", got)
	}
}

// TestPresenceCues: "looking on is …" names people present after the cue, "… attended the
// ceremony" before it — present, not witnesses, which in protocol is a formal part; a name elsewhere
// in the sentence is neither.
func TestPresenceCues(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"looking on", "Looking on were Sara Lind and Rui Costa, with Olaf Brandt at the back.", "Sara Lind, Rui Costa"},
		{"attended", "The transport minister, Sara Lind, attended the ceremony, which Olaf Brandt had planned.", "Sara Lind"},
		{"present", "Rui Costa was present at the signing.", "Rui Costa"},
		{"no cue", "Sara Lind met Rui Costa later in the day.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := source("acacacacacac", "a.txt", briefing.DayOf(2024, 6, 4), "Talks\n"+
				"The board and the council signed a memorandum of understanding on 3 June 2024.\n"+tc.text+"\n")
			in := Input{Extractions: []*briefing.Extraction{{Source: a}},
				Timeline: []briefing.TimelineEntry{entry(briefing.DayOf(2024, 6, 3), "The board and the council signed a memorandum of understanding",
					cite(t, a, "The board and the council signed a memorandum of understanding on 3 June 2024."))},
				People: []briefing.PersonEntry{{Name: "Sara Lind"}, {Name: "Rui Costa"}, {Name: "Olaf Brandt"}}}
			p := New(in, nil, Settings{}, Edits{}, nil)
			if got := partyNames(p.Signings[0].Present); got != tc.want {
				t.Errorf("present %q, want %q", got, tc.want)
			}
			if w := p.Signings[0].Witnesses; len(w) > 0 {
				t.Errorf("witnesses %q, want none", partyNames(w))
			}
		})
	}
}

func partyNames(ps []Party) string {
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
	}
	return strings.Join(names, ", ")
}

// TestRolesAsStated: the role shown is the newest one stated that is not "former", with its source
// and date; older and former roles follow; the honorific leads the name. First from the extraction's
// own statements (Stated, once it reports them), then from each source's person and its date.
func TestRolesAsStated(t *testing.T) {
	in, release, paper := ferry(t)
	in.People[0].Honorific = "Dr"
	in.People[0].Stated = []briefing.RoleMention{
		{Role: "former harbour master", Former: true, Source: paper.ID, Line: 2, AsOf: paper.Published},
		{Role: "chair of the Island Ferry Board", Source: release.ID, Line: 3, AsOf: release.Published},
		{Role: "deputy chair of the Island Ferry Board", Source: release.ID, Line: 3, AsOf: briefing.DayOf(2019, 6, 14)},
	}
	in.Extractions[0].People = []briefing.Person{{Name: "Jonas Berg", Role: "Leader of the Harbour Council", Line: 3}}
	in.Extractions[1].People = []briefing.Person{{Name: "Jonas Berg", Role: "former council treasurer", Line: 3}}
	p := New(in, nil, Settings{}, Edits{}, nil)
	var marta, jonas Person
	for _, pr := range p.Who {
		switch pr.Entry.Name {
		case "Marta Ilves":
			marta = pr
		case "Jonas Berg":
			jonas = pr
		}
	}
	if marta.Name != "Dr Marta Ilves" {
		t.Errorf("name %q, want the honorific first", marta.Name)
	}
	if marta.Role.Text != "chair of the Island Ferry Board" || marta.Role.AsOf != release.Published || marta.Role.Citations[0].Source != release.ID {
		t.Errorf("role %+v, want the newest role that is not former, with its source and date", marta.Role)
	}
	if len(marta.Others) != 2 || !marta.Others[0].Former || marta.Others[1].AsOf.Y != 2019 {
		t.Errorf("other roles %+v, want the former one (newest) and the 2019 one", marta.Others)
	}
	if jonas.Role.Text != "Leader of the Harbour Council" || jonas.Role.AsOf != release.Published {
		t.Errorf("Jonas Berg: role %+v, want the release's, dated by it", jonas.Role)
	}
	if len(jonas.Others) != 1 || !jonas.Others[0].Former {
		t.Errorf("Jonas Berg: %+v, want the paper's former role kept as former", jonas.Others)
	}
}

// TestSides: a role that names a country places the person; so does a source that writes the
// country just before the role; nothing else does.
func TestSides(t *testing.T) {
	a := source("cccccccccccc", "a.txt", briefing.Date{}, "Talks\nThe talks were hosted by Calvera's Minister for Transport in the capital.\n")
	in := Input{Extractions: []*briefing.Extraction{{Source: a}}, People: []briefing.PersonEntry{
		{Name: "Ana Ortega", Role: "Northmere Foreign Secretary", Sources: []string{a.ID}},
		{Name: "Rui Costa", Role: "Minister for Transport", Sources: []string{a.ID}},
		{Name: "Ida Brenn", Role: "Senior Adviser", Sources: []string{a.ID}},
	}}
	for _, x := range in.Extractions {
		for _, pe := range in.People {
			x.People = append(x.People, briefing.Person{Name: pe.Name, Role: pe.Role, Line: 2})
		}
	}
	p := New(in, nil, Settings{}, Edits{}, nil)
	want := map[string]string{"Ana Ortega": "Northmere", "Rui Costa": "Calvera", "Ida Brenn": ""}
	for _, pr := range p.Who {
		if pr.Side != want[pr.Entry.Name] {
			t.Errorf("%s: side %q, want %q", pr.Entry.Name, pr.Side, want[pr.Entry.Name])
		}
	}
	groups := groupPeople(p.Who)
	if len(groups) != 3 || groups[2].Side != "" {
		t.Errorf("groups %+v, want the unplaced last", groups)
	}
}

// TestQuotations: date order then rank; the release's wording leads the paper's; a post and a
// partial quotation are never pull quotes; straight marks become curly.
func TestQuotations(t *testing.T) {
	in, release, paper := ferry(t)
	q1 := "The timetable puts every island within two hours of the mainland."
	q1paper := "The timetable puts every island within two hours of the mainland, she said."
	release.SetText(release.Text + "Marta Ilves said: “" + q1 + "”\n")
	paper.SetText(paper.Text + "Ms Ilves said: “" + q1paper + "”\n" + "Jonas Berg called it “a good day”.\n" + "Proud to sign today with @IslandFerry #Vallen\n")
	line := func(s *briefing.Source, w string) int { return s.LineAt(strings.Index(s.Text, w)) }
	in.Extractions[0].Quotes = []briefing.Quote{{Text: q1, Speaker: "Marta Ilves", Line: line(release, q1), Form: "marks"}}
	in.Extractions[1].Quotes = []briefing.Quote{
		{Text: q1paper, Speaker: "Marta Ilves", Line: line(paper, q1paper), Form: "marks"},
		{Text: "a good day", Speaker: "Jonas Berg", Line: line(paper, "a good day"), Partial: true},
		{Text: "Proud to sign today with @IslandFerry #Vallen", Speaker: "Island Ferry Board", Line: line(paper, "Proud"), Form: "tweet"},
	}
	in.Quotations = []briefing.Quotation{
		{Text: "Proud to sign today with @IslandFerry #Vallen", Speaker: "Island Ferry Board", Sources: []string{paper.ID},
			Citations: []briefing.Citation{cite(t, paper, "Proud to sign today with @IslandFerry #Vallen")}},
		{Text: "a good day", Speaker: "Jonas Berg", Sources: []string{paper.ID}, Citations: []briefing.Citation{cite(t, paper, "a good day")}},
		{Text: q1paper, Speaker: "Marta Ilves", Role: "chair", Sources: []string{paper.ID, release.ID},
			Citations: []briefing.Citation{cite(t, paper, q1paper), cite(t, release, q1)}},
		{Text: "We're \"ready\".", Speaker: "Sara Lind", Role: "Minister for Transport", Sources: []string{paper.ID},
			Citations: []briefing.Citation{{Source: paper.ID, Line: 2, Text: "We're \"ready\"."}}},
		{Text: "within two hours of the mainland", Speaker: "Marta Ilves", Sources: []string{paper.ID},
			Citations: []briefing.Citation{cite(t, paper, "within two hours of the mainland")}},
	}
	p := New(in, nil, Settings{}, Edits{}, nil)
	var order []string
	for _, q := range p.Quotations {
		if q.Within == "" {
			order = append(order, q.Q.Speaker)
		}
	}
	// Marta Ilves: earliest date (the release, 4 June); the other three on 5 June: the minister, a
	// named person, an organisation
	if got := strings.Join(order, ", "); got != "Marta Ilves, Sara Lind, Jonas Berg, Island Ferry Board" {
		t.Errorf("order %q", got)
	}
	ilves := p.Quotations[0]
	if ilves.Lead != q1 || ilves.LeadFrom != release.ID || len(ilves.Variants) != 2 || ilves.Variants[0].Source != paper.ID {
		t.Errorf("lead %q from %s, variants %+v: want the release's wording, the paper's and the part as variants", ilves.Lead, ilves.LeadFrom, ilves.Variants)
	}
	for _, q := range p.Quotations {
		if (q.Q.Text == "within two hours of the mainland") != (q.Within == ilves.Key) {
			t.Errorf("%q within %q", q.Q.Text, q.Within)
		}
	}
	kinds := map[string]QuoteKind{}
	for _, q := range p.Quotations {
		kinds[q.Q.Speaker] = q.Kind
	}
	if kinds["Island Ferry Board"] != SocialPost || kinds["Jonas Berg"] != PartialQuote || kinds["Marta Ilves"] != PullQuote {
		t.Errorf("kinds %v", kinds)
	}
	if got := Curly(p.Quotations[1].Lead); got != "We’re “ready”." {
		t.Errorf("Curly: %q", got)
	}
}

// TestInternalNotes: words that only the preparer's side's own note records (a note for file) are
// listed as an internal note, never a pull quote, whatever their form; the same words in a news
// report too make a pull quote; an embargoed release is no internal note.
func TestInternalNotes(t *testing.T) {
	for text, want := range map[string]bool{
		"Embassy of Vallen — note for file\nThe consul hosted the ferry crews.\n":                    true,
		"Visit notes\n\nOur own notes, not for release.\nThe board met twice.\n":                     true,
		"EMBARGOED: not for release before 10:00 on 4 June\nThe board met twice.\n":                  false,
		"Islands get faster crossings\nThe board met twice.\n":                                       false,
		"Islands get faster crossings\n" + strings.Repeat("The board met. ", 40) + "note for file\n": false, // not at its head
	} {
		if got := isInternalNote(source("cccccccccccc", "n.txt", briefing.Date{}, text)); got != want {
			t.Errorf("isInternalNote(%q) = %v, want %v", text[:min(len(text), 50)], got, want)
		}
	}
	in, _, paper := ferry(t)
	note := source("cccccccccccc", "note.txt", briefing.DayOf(2024, 6, 6),
		"Embassy of Vallen — note for file\nThe consul said: “The crews are the real diplomats here.”\n")
	words := "The crews are the real diplomats here."
	both := "The timetable is the best news in years."
	paper.SetText(paper.Text + "Mr Berg said: “" + both + "”\n")
	note.SetText(note.Text + "Mr Berg said: “" + both + "”\n")
	in.Extractions = append(in.Extractions, &briefing.Extraction{Source: note})
	line := func(s *briefing.Source, w string) int { return s.LineAt(strings.Index(s.Text, w)) }
	in.Extractions[1].Quotes = []briefing.Quote{{Text: both, Speaker: "Jonas Berg", Line: line(paper, both), Form: "marks"}}
	in.Extractions[2].Quotes = []briefing.Quote{
		{Text: words, Speaker: "Per Holm", Line: line(note, words), Form: "marks"},
		{Text: both, Speaker: "Jonas Berg", Line: line(note, both), Form: "marks"},
	}
	in.Quotations = []briefing.Quotation{
		{Text: words, Speaker: "Per Holm", Sources: []string{note.ID}, Citations: []briefing.Citation{cite(t, note, words)}},
		{Text: both, Speaker: "Jonas Berg", Sources: []string{paper.ID, note.ID},
			Citations: []briefing.Citation{cite(t, paper, both), cite(t, note, both)}},
	}
	p := New(in, nil, Settings{}, Edits{}, nil)
	kinds := map[string]QuoteKind{}
	for _, q := range p.Quotations {
		kinds[q.Q.Speaker] = q.Kind
	}
	if kinds["Per Holm"] != InternalNote || kinds["Jonas Berg"] != PullQuote {
		t.Errorf("kinds %v: want the note's own words an internal note, the words the paper reports too a pull quote", kinds)
	}
	if got := InternalNote.Introduction(); !strings.Contains(got, "note") {
		t.Errorf("an internal note is introduced as %q", got)
	}
}

// TestThemesContextOnce: a passage opening "Since then" comes with the sentence before; a passage
// whose sentences are all shown already is not shown again, its citation merged.
func TestThemesContextOnce(t *testing.T) {
	a := source("dddddddddddd", "a.txt", briefing.Date{}, "Ferries\nThe first crossing ran in 2019. Since then, the ferry link has carried students to the island college every day.\n")
	b := source("eeeeeeeeeeee", "b.txt", briefing.Date{}, "Report\nSince then, the ferry link has carried students to the island college every day.\n")
	ev := func(s *briefing.Source, w string) briefing.Evidence {
		off := strings.Index(s.Text, w)
		return briefing.Evidence{Text: w, Line: s.LineAt(off), Offset: off}
	}
	passage := "Since then, the ferry link has carried students to the island college every day."
	xs := []*briefing.Extraction{
		{Source: a, Themes: []briefing.ThemeHit{{Theme: "digital-academies", Evidence: []briefing.Evidence{ev(a, passage)}}}},
		{Source: b, Themes: []briefing.ThemeHit{{Theme: "digital-academies", Evidence: []briefing.Evidence{ev(b, passage)}}}},
	}
	p := New(Input{Extractions: xs}, nil, Settings{}, Edits{}, nil)
	th := p.Themes[0]
	if len(th.Passages) != 1 {
		t.Fatalf("passages %+v, want one", th.Passages)
	}
	ps := th.Passages[0]
	if ps.Context != "The first crossing ran in 2019." || len(ps.Citations) != 2 {
		t.Errorf("context %q, %d citations", ps.Context, len(ps.Citations))
	}
}

// TestThemesQuotedWords: a theme passage that is a quotation's words is shown with who said them;
// quoted words nobody is given are not shown as a theme's background at all; a passage of the
// source's own words is shown as it is.
func TestThemesQuotedWords(t *testing.T) {
	said := "The new crossing will bring the island college within reach of every student."
	unsaid := "Nobody on the islands will have to choose between school and home again."
	own := "The ferry board runs four crossings a day to the island college."
	a := source("dddddddddddd", "a.txt", briefing.Date{}, "Ferries\nThe chair said: “"+said+"”\n“"+unsaid+"”\n"+own+"\n")
	ev := func(w string) briefing.Evidence {
		off := strings.Index(a.Text, w)
		return briefing.Evidence{Text: w, Line: a.LineAt(off), Offset: off}
	}
	x := &briefing.Extraction{Source: a,
		Themes: []briefing.ThemeHit{{Theme: "digital-academies", Evidence: []briefing.Evidence{ev(said), ev(unsaid), ev(own)}}},
		Quotes: []briefing.Quote{{Text: said, Speaker: "Marta Ilves", Line: 2}, {Text: unsaid, Line: 3}},
	}
	p := New(Input{Extractions: []*briefing.Extraction{x}}, nil, Settings{}, Edits{}, nil)
	got := map[string]string{}
	for _, ps := range p.Themes[0].Passages {
		got[ps.Text] = ps.Lead()
	}
	if lead, ok := got[said]; !ok || lead != "Marta Ilves, quoted:" {
		t.Errorf("the quoted passage has lead %q (shown %v), want it given to Marta Ilves", lead, ok)
	}
	if _, ok := got[unsaid]; ok {
		t.Errorf("unattributed quoted words shown as a theme passage")
	}
	if lead, ok := got[own]; !ok || lead != "" {
		t.Errorf("the source's own sentence: lead %q, shown %v", lead, ok)
	}

	// a passage leaning on the sentence before, both one speaker's words: the speaker comes first
	opens, leans := "The new crossing opens in June after two years of trials.", "It will carry students to the island college every day"
	b := source("eeeeeeeeeeee", "b.txt", briefing.Date{}, "Ferries\n“"+opens+" "+leans+",” the chair said.\n")
	off := strings.Index(b.Text, leans)
	y := &briefing.Extraction{Source: b,
		Themes: []briefing.ThemeHit{{Theme: "digital-academies", Evidence: []briefing.Evidence{{Text: leans, Line: b.LineAt(off), Offset: off}}}},
		Quotes: []briefing.Quote{{Text: opens + " " + leans, Speaker: "Marta Ilves", Line: 2}},
	}
	p = New(Input{Extractions: []*briefing.Extraction{y}}, nil, Settings{}, Edits{}, nil)
	if ps := p.Themes[0].Passages; len(ps) != 1 || ps[0].Lead() != "Marta Ilves, quoted: “"+opens {
		t.Errorf("passages %+v: want the speaker before the quoted context", ps)
	}
}

// TestTimelineDisplay: a date after the pack's is ahead; a description that says nothing shows the
// source's sentence; one that leans on the sentence before gets it as context.
func TestTimelineDisplay(t *testing.T) {
	a := source("ffffffffffff", "a.txt", briefing.DayOf(2024, 6, 1),
		"Notes\nThe new timetable starts on 1 July 2024, the two councils announced in a joint statement.\nThe harbour opened in 2020. It closed for repairs in 2023.\n")
	in := Input{Extractions: []*briefing.Extraction{{Source: a}}, Timeline: []briefing.TimelineEntry{
		entry(briefing.YearOf(2023), "It closed for repairs", cite(t, a, "It closed for repairs in 2023.")),
		entry(briefing.DayOf(2024, 7, 1), "The two councils announced in a joint statement",
			cite(t, a, "The new timetable starts on 1 July 2024, the two councils announced in a joint statement.")),
	}}
	p := New(in, nil, Settings{Date: briefing.DayOf(2024, 6, 10)}, Edits{}, nil)
	closed, starts := p.Timeline[0], p.Timeline[1]
	if closed.Ahead || !starts.Ahead {
		t.Errorf("ahead: %v %v, want only July 2024", closed.Ahead, starts.Ahead)
	}
	if !starts.Quoted || !strings.HasPrefix(starts.Shown, "The new timetable starts") {
		t.Errorf("a description saying nothing shows %q (quoted %v)", starts.Shown, starts.Quoted)
	}
	if closed.Context == nil || closed.Context.Text != "The harbour opened in 2020." {
		t.Errorf("context %+v", closed.Context)
	}
}

// TestContactsAndAbout: the press contacts and "About" notes the extraction reports reach the pack,
// each once, with their source.
func TestContactsAndAbout(t *testing.T) {
	in, release, paper := ferry(t)
	c := briefing.Contact{Name: "Eva Holm", Organisation: "Island Ferry Board", Phone: "+00 1234 5678", Email: "press@ferry.example", Line: 5}
	in.Extractions[0].Contacts = []briefing.Contact{c}
	in.Extractions[1].Contacts = []briefing.Contact{c}
	in.Extractions[0].About = []briefing.OrgNote{{Organisation: "Island Ferry Board", Text: "The board runs the ferries\nbetween the islands.", Line: 6}}
	p := New(in, nil, Settings{}, Edits{}, nil)
	cs := p.contacts()
	if len(cs) != 1 || cs[0].Source != release.ID || cs[0].Phone != c.Phone {
		t.Errorf("contacts %+v", cs)
	}
	notes := p.orgNotes()
	if len(notes) != 1 || notes[0].Text != "The board runs the ferries between the islands." || notes[0].Citation.Source != release.ID {
		t.Errorf("about notes %+v", notes)
	}
	_ = paper
}

// TestDraftAndFinal: a draft shows every section the template names, empty ones as draft boxes; a
// final pack drops an empty optional section with its heading but keeps a heading something else
// needs, and reports a required one missing.
func TestDraftAndFinal(t *testing.T) {
	tm, err := ParseTemplate("t.md", []byte("# Aims\n:::section aims\n\n# Press\n:::section press optional=true\n\n# Extra\n:::section extra optional=true\n:::contacts\n\n# Sources\n:::sources\n"))
	if err != nil {
		t.Fatal(err)
	}
	in, _, _ := ferry(t)
	draft := Assemble(New(in, nil, Settings{}, Edits{}, nil), tm)
	if len(draft.Drafts) != 3 || draft.Drafts[0].ID != "aims" || !draft.Drafts[0].Required || draft.Drafts[1].Required {
		t.Errorf("draft sections %+v", draft.Drafts)
	}
	final := Assemble(New(in, nil, Settings{Final: true}, Edits{}, nil), tm)
	if m := final.MissingRequired(); len(m) != 1 || m[0].ID != "aims" {
		t.Errorf("missing %+v, want aims", m)
	}
	headings := headingsOf(final)
	if strings.Contains(headings, "Press") || !strings.Contains(headings, "Extra") {
		t.Errorf("final headings %q: want Press dropped (nothing under it) and Extra kept (the contacts)", headings)
	}
	written := Assemble(New(in, nil, Settings{Final: true}, Edits{}, ParseSections("## Aims\n\nOpen the link.\n")), tm)
	if len(written.MissingRequired()) != 0 {
		t.Errorf("still missing %+v", written.MissingRequired())
	}
}

func headingsOf(d *Document) string {
	var hs []string
	for c := d.Root.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind().String() == "Heading" {
			hs = append(hs, string(c.Text(d.Source))) //nolint:staticcheck
		}
	}
	return strings.Join(hs, "|")
}

func TestSafeLink(t *testing.T) {
	for target, want := range map[string]bool{
		"https://www.gov.uk/x": true, "http://example.org": true, "mailto:press@example.org": true,
		"javascript:alert(1)": false, "JavaScript:alert(1)": false, " javascript:alert(1)": false, "vbscript:x": false,
		"data:text/html,<b>": false, "file:///etc/passwd": false, "page.html": false, "//example.org": false, "https:": false,
	} {
		if got := SafeLink(target); got != want {
			t.Errorf("SafeLink(%q) = %v, want %v", target, got, want)
		}
	}
}

func TestCheckNesting(t *testing.T) {
	ok := "- a\n  - b\n    - c\n> quote\n> > inner\n1. one\n   2. two\n\n    code\n"
	if err := CheckNesting(ok); err != nil {
		t.Errorf("ordinary Markdown refused: %v", err)
	}
	var deep strings.Builder
	deep.WriteString("# Notes\n\n")
	for i := 0; i < 150; i++ {
		deep.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	err := CheckNesting(deep.String())
	if ne, isNesting := err.(*NestingError); !isNesting || ne.Line != 3+MaxNesting {
		t.Errorf("150 levels: %v, want the first line past %d levels named", err, MaxNesting)
	}
	for _, same := range []string{strings.Repeat("- ", 200) + "x", strings.Repeat("> ", 200) + "x", strings.Repeat("1. ", 200) + "x"} {
		if CheckNesting(same) == nil {
			t.Errorf("%.12q… not refused", same)
		}
	}
}

// TestPartiesOf: the parties named before "signed" lose an auxiliary or adverb left at their end, and
// stay the source's words as written (a lede's capitals too: the signing details are evidence).
func TestPartiesOf(t *testing.T) {
	for subj, want := range map[string]string{
		"VALLEN'S Ferry Board and the IFB have":            "VALLEN'S Ferry Board and the IFB",
		"The Ferry Board and the Harbour Council formally": "The Ferry Board and the Harbour Council",
		"The board, on Monday,":                            "The board",
		"The  Ferry\tBoard have":                           "The  Ferry\tBoard", // spacing as written
	} {
		if got := partiesOf(subj); got != want {
			t.Errorf("partiesOf(%q) = %q, want %q", subj, got, want)
		}
	}
}

// TestWhosWhoPrecedence: the who's who lists people in protocol order — a minister before a chair,
// a chair before people whose role carries no rank — and keeps the sources' order within a rank.
func TestWhosWhoPrecedence(t *testing.T) {
	in, _, _ := ferry(t)
	p := New(in, nil, Settings{}, Edits{}, nil)
	var order []string
	for _, pr := range p.Who {
		order = append(order, strings.TrimPrefix(strings.TrimPrefix(pr.Name, "Dr "), "Mr "))
	}
	if got := strings.Join(order, ", "); got != "Sara Lind, Marta Ilves, Jonas Berg, Olaf Brandt" {
		t.Errorf("who's who order %q", got)
	}
}

// TestCurrentRole: the newest role that is not "former" is shown, unless a source calls the person
// the former holder of that office, which can only have been said after they held it.
func TestCurrentRole(t *testing.T) {
	june := briefing.Date{Y: 2024, M: 6, D: 3, Precision: briefing.Day}
	may := briefing.Date{Y: 2024, M: 5, D: 1, Precision: briefing.Day}
	tests := []struct {
		name  string
		roles []Role // newest first, undated last, as groupRoles orders them
		want  string
	}{
		{"newest not former", []Role{{Text: "Harbour Master of Vallen", AsOf: june}, {Text: "Deputy Harbour Master", AsOf: may}}, "Harbour Master of Vallen"},
		{"undated former of the same office", []Role{{Text: "Chief Pilot of the Vallen Ferry Line", AsOf: june}, {Text: "former Chief Pilot of the Ferry Line", Former: true}}, "former Chief Pilot of the Ferry Line"},
		{"former of another office", []Role{{Text: "Chief Pilot of the Vallen Ferry Line", AsOf: june}, {Text: "former Harbour Master", Former: true}}, "Chief Pilot of the Vallen Ferry Line"},
		{"former, said before the role", []Role{{Text: "Harbour Master", AsOf: june}, {Text: "former Harbour Master", Former: true, AsOf: may}}, "Harbour Master"},
		{"only former roles", []Role{{Text: "former Harbour Master", Former: true, AsOf: june}}, "former Harbour Master"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.roles[currentRole(tt.roles)].Text; got != tt.want {
				t.Errorf("shown %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHonorificFromNotes: a person the text names bare takes the honorific an "About" note gives
// them, without its dots; a person no note gives one to keeps their bare name.
func TestHonorificFromNotes(t *testing.T) {
	in, release, _ := ferry(t)
	in.Extractions[0].About = []briefing.OrgNote{{Organisation: "Island partnership",
		Text: "The partnership was launched by the Rt. Hon. Sara Lind and the islands' council.", Line: 6}}
	p := New(in, nil, Settings{Date: briefing.DayOf(2024, 6, 10)}, Edits{}, nil)
	names := map[string]string{}
	for _, pr := range p.Who {
		names[pr.Entry.Name] = pr.Name
	}
	if names["Sara Lind"] != "Rt Hon Sara Lind" || names["Olaf Brandt"] != "Olaf Brandt" {
		t.Errorf("names %v", names)
	}
	_ = release
}

// TestPlaceAfterSigned: the place of "signed … in Port Aster", not a date after "in", nor where the
// other party is ("signed it with the partners in Vallen"), nor one inside a quotation.
func TestPlaceAfterSigned(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"The two boards signed a new memorandum (MoU) yesterday (Mar 3) in Port Aster, opening a new chapter.", "Port Aster"},
		{"The first MoU was signed on 9 November 2021 in Halden.", "Halden"},
		{"The boards signed the charter in June.", ""},
		{"We signed it with the partners in Vallen.", ""},
		{"She said: “we signed it in Vallen”.", ""},
	} {
		if got := placeAfterSigned(tc.s); got != tc.want {
			t.Errorf("placeAfterSigned(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestTermConflict: two ends of a term worked out from one start but stated as different lengths
// are flagged as a disagreement of the sources, each with what each source says; a derived end is
// never read as a signing.
func TestTermConflict(t *testing.T) {
	src := source("tctctctctctc", "t.txt", briefing.DayOf(2024, 5, 9), "Ferries\n"+
		"The board signed a memorandum on 8 May 2024, committing the crews to three further years.\n"+
		"The memorandum will remain in force for 4 years.\n")
	three := cite(t, src, "The board signed a memorandum on 8 May 2024, committing the crews to three further years.")
	four := cite(t, src, "The memorandum will remain in force for 4 years.")
	x := &briefing.Extraction{Source: src, Events: []briefing.Event{
		{Date: briefing.Date{Y: 2027, M: 5, Precision: briefing.Month}, Line: three.Line, Derived: true, DerivedFrom: "2024-05-08 + 3 years"},
		{Date: briefing.Date{Y: 2028, M: 5, Precision: briefing.Month}, Line: four.Line, Derived: true, DerivedFrom: "2024-05-08 + 4 years"},
	}}
	end := func(d briefing.Date, what string, c briefing.Citation) briefing.TimelineEntry {
		e := entry(d, what, c)
		e.Derived = true
		return e
	}
	in := Input{Extractions: []*briefing.Extraction{x}, Timeline: []briefing.TimelineEntry{
		end(x.Events[0].Date, "The board signed a memorandum, committing the crews to three further years", three),
		end(x.Events[1].Date, "The memorandum will remain in force for 4 years", four),
	}}
	p := New(in, nil, Settings{Date: briefing.DayOf(2024, 6, 1)}, Edits{}, nil)
	for _, it := range p.Timeline {
		if c := it.Entry.Conflict; !strings.Contains(c, "says 3 years") || !strings.Contains(c, "says 4 years") {
			t.Errorf("%s: conflict %q", it.Entry.Date, c)
		}
	}
	if len(p.Signings) != 0 {
		t.Errorf("a term's end was read as a signing: %+v", p.Signings[0])
	}
}
