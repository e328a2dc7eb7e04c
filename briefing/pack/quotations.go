package pack

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
)

// QuoteKind says how the pack may use a quotation.
type QuoteKind int

// Quotation kinds.
const (
	PullQuote    QuoteKind = iota // fit to quote in remarks
	SocialPost                    // a post on social media: listed as such, never a pull quote
	PartialQuote                  // words quoted inside reported speech: evidence, never a pull quote
	InternalNote                  // words recorded only in the preparer's own notes: evidence, never a pull quote
)

// OtherQuotesNote explains, under "Not for quoting in remarks", why those quotations are listed apart.
const OtherQuotesNote = "Posts on social media, words quoted inside reporting and words recorded only in our own notes are kept as evidence of what was said, not as pull quotes."

// Introduction returns how a quotation that is no pull quote is introduced before its speaker's
// name: "Social post by", "Partial quotation by", "Internal note, words of".
func (k QuoteKind) Introduction() string {
	switch k {
	case PartialQuote:
		return "Partial quotation by"
	case InternalNote:
		return "Internal note, words of"
	}
	return "Social post by"
}

// prepareQuotations orders the quotations by date, then by the speaker's rank, and picks for each the
// most official wording.
func (p *Pack) prepareQuotations() {
	for i := range p.Quotations {
		it := &p.Quotations[i]
		it.Date = p.earliestDate(it.Q.Sources)
		it.Kind = p.kindOfQuote(it.Q)
		it.Lead, it.LeadFrom, it.Variants = p.wordings(it.Q)
		it.Rank = p.speakerRank(it.Q.Speaker, it.Q.Role)
	}
	sort.SliceStable(p.Quotations, func(i, j int) bool {
		a, b := p.Quotations[i], p.Quotations[j]
		if a.Date.IsZero() != b.Date.IsZero() {
			return !a.Date.IsZero()
		}
		if a.Date != b.Date {
			return a.Date.Before(b.Date)
		}
		return a.Rank < b.Rank
	})
	p.nestQuotations()
}

// nestQuotations finds quotations whose words another quotation of the same speaker holds whole (one
// source printed the quote in two pieces, another in one): each becomes a variant of the whole one.
func (p *Pack) nestQuotations() {
	folds := make([][]string, len(p.Quotations)) // each quotation's wordings, folded
	for i, it := range p.Quotations {
		folds[i] = append(folds[i], prose.Fold(it.Lead))
		for _, v := range it.Variants {
			folds[i] = append(folds[i], prose.Fold(v.Text))
		}
	}
	for i := range p.Quotations {
		part := &p.Quotations[i]
		for j := range p.Quotations {
			whole := &p.Quotations[j]
			if i == j || whole.Within != "" || prose.Fold(whole.Q.Speaker) != prose.Fold(part.Q.Speaker) || !holds(folds[j], folds[i][0]) {
				continue
			}
			part.Within = whole.Key
			whole.Variants = append(whole.Variants, Variant{Text: part.Lead, Source: part.LeadFrom})
			break
		}
	}
}

// holds reports whether one of the wordings contains the words of part, and is longer.
func holds(wordings []string, part string) bool {
	if part == "" {
		return false
	}
	for _, w := range wordings {
		if len(w) > len(part) && strings.Contains(" "+w+" ", " "+part+" ") {
			return true
		}
	}
	return false
}

func (p *Pack) earliestDate(ids []string) briefing.Date {
	var d briefing.Date
	for _, id := range ids {
		if s := p.Source(id); s != nil && !s.Published.IsZero() && (d.IsZero() || s.Published.Before(d)) {
			d = s.Published
		}
	}
	return d
}

// kindOfQuote reads the sources' quotes behind a merged quotation: a pull quote when any source gives
// it whole as speech; words only the preparer's own notes record (every citing source an internal
// note) whatever their form; a social post when every source's is a post (or it is full of @handles
// and #hashtags); a partial quotation when every source quotes the words inside reported speech.
func (p *Pack) kindOfQuote(q briefing.Quotation) QuoteKind {
	social, partial, internal, n := 0, 0, 0, 0
	texts := p.texts()
	for _, c := range q.Citations {
		x := p.extraction(c.Source)
		if x == nil {
			continue
		}
		if t := texts[c.Source]; t != nil && t.internal {
			internal++
		}
		for _, sq := range x.Quotes {
			if sq.Line != c.Line {
				continue
			}
			n++
			switch {
			case sq.Form == "tweet" || hasHandles(sq.Text):
				social++
			case sq.Partial:
				partial++
			}
			break
		}
	}
	switch {
	case internal > 0 && internal == len(q.Citations):
		return InternalNote
	case n == 0 && hasHandles(q.Text), n > 0 && social == n:
		return SocialPost
	case n > 0 && partial == n:
		return PartialQuote
	}
	return PullQuote
}

// hasHandles reports whether a text carries social-media @handles or #hashtags: an @ or # that
// starts a word and is followed by a letter (an e-mail address's @ follows a letter).
func hasHandles(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if c := s[i]; c != '@' && c != '#' {
			continue
		}
		if i > 0 && isWordByte(s[i-1]) {
			continue
		}
		if n := s[i+1]; n >= 'a' && n <= 'z' || n >= 'A' && n <= 'Z' {
			return true
		}
	}
	return false
}

func (p *Pack) extraction(id string) *briefing.Extraction {
	if n := p.number[id]; n > 0 && n <= len(p.Extractions) {
		return p.Extractions[n-1]
	}
	return nil
}

// wordings picks the wording to lead with — the most official source's (release or statement, then
// news, then social; the earlier source on a tie) — and lists the other sources' wordings that differ.
func (p *Pack) wordings(q briefing.Quotation) (lead, from string, variants []Variant) {
	texts := p.texts()
	best := -1
	for i, c := range q.Citations {
		t := texts[c.Source]
		if t == nil || strings.TrimSpace(c.Text) == "" {
			continue
		}
		if best < 0 || t.kind > texts[q.Citations[best].Source].kind {
			best = i
		}
	}
	if best < 0 {
		lead = q.Text
		for _, v := range q.Variants {
			variants = append(variants, Variant{Text: v})
		}
		if len(q.Sources) > 0 {
			from = q.Sources[0]
		}
		return lead, from, variants
	}
	lead, from = oneLine(q.Citations[best].Text), q.Citations[best].Source
	seen := map[string]bool{lead: true}
	for i, c := range q.Citations {
		v := oneLine(c.Text)
		if i == best || v == "" || seen[v] {
			continue
		}
		seen[v] = true
		variants = append(variants, Variant{Text: v, Source: c.Source})
	}
	return lead, from, variants
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// speakerRank ranks a speaker by their role: a head of state or government first, then ministers,
// envoys, heads of agencies, other named people, organisations, and unattributed words last.
func (p *Pack) speakerRank(speaker, role string) int {
	if strings.TrimSpace(speaker) == "" {
		return rankUnattributed
	}
	if p.peopleByName == nil {
		p.peopleByName = map[string]int{}
		for i, e := range p.People {
			if f := prose.Fold(e.Name); f != "" {
				if _, dup := p.peopleByName[f]; !dup {
					p.peopleByName[f] = i
				}
			}
		}
	}
	if i, ok := p.peopleByName[prose.Fold(speaker)]; ok {
		e := p.People[i]
		if role == "" {
			role = e.Role
		}
		if r := rankOfRole(role); r > 0 {
			return r
		}
		return rankNamed
	}
	if r := rankOfRole(role); r > 0 {
		return r
	}
	return rankOrganisation
}

// rankOfRole returns the rank of the longest rank phrase in a role, 0 when none.
func rankOfRole(role string) int {
	f := " " + prose.Fold(role) + " "
	best, long := 0, 0
	for _, rw := range rankWords {
		if len(rw.phrase) > long && strings.Contains(f, " "+rw.phrase+" ") {
			best, long = rw.rank, len(rw.phrase)
		}
	}
	return best
}

// Curly sets a quotation's straight quotes and apostrophes as typographic ones, so a pull quote in
// curly marks never carries a straight apostrophe: "we're" → "we’re", "the "plan"" → "the “plan”".
func Curly(s string) string {
	if !strings.ContainsAny(s, "'\"") {
		return s
	}
	var b strings.Builder
	prev := ' '
	for i, r := range s {
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		switch r {
		case '\'':
			switch {
			case unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == '.' || prev == ',':
				b.WriteRune('’') // we’re, officials’, the ’90s after a letter
			case unicode.IsLetter(next) || unicode.IsDigit(next):
				b.WriteRune('‘')
			default:
				b.WriteRune('’')
			}
		case '"':
			if unicode.IsSpace(prev) || strings.ContainsRune("([{‘“—–-", prev) {
				b.WriteRune('“')
			} else {
				b.WriteRune('”')
			}
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// Evidence returns a quotation's evidence as exact pieces of its sources: each source's quote split
// into the parts the source prints apart (a quote broken by a caption is two pieces, each on its own
// line), so an annex that says its evidence is exact can show it exactly.
func (p *Pack) Evidence(q briefing.Quotation) []briefing.Citation {
	var out []briefing.Citation
	for _, c := range q.Citations {
		parts := p.quoteParts(c)
		if len(parts) == 0 {
			out = append(out, c)
			continue
		}
		for _, part := range parts {
			out = append(out, briefing.Citation{Source: c.Source, Line: part.Line, Text: part.Text})
		}
	}
	return out
}

// quoteParts returns the parts of the source quote a citation points at (nil when unknown).
func (p *Pack) quoteParts(c briefing.Citation) []briefing.Evidence {
	x := p.extraction(c.Source)
	if x == nil {
		return nil
	}
	for _, sq := range x.Quotes {
		if sq.Line == c.Line && len(sq.Parts) > 0 {
			for _, part := range sq.Parts {
				if !strings.Contains(x.Source.Text, part.Text) {
					return nil
				}
			}
			return sq.Parts
		}
	}
	return nil
}
