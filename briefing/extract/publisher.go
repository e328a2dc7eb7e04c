package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/clean"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// publisherFromText finds who published the text when the file's metadata does not say, most
// certain first: a clipping tool's header ("+ Source: The Daily Record"), the release's issuer line
// ("Issued by the Ministry of X"), a "From:" line under a government headline, and the name the
// page's own furniture gives itself ("Stay connected with The Daily Record", "© 2024 The Daily
// Record"), the name it gives most often.
func publisherFromText(d *doc) string {
	for _, key := range []string{"source", "publisher", "site"} {
		if v := plain(d.lines.HeaderField(d.src, key)); v != "" && !strings.Contains(v, "://") && prose.CountWords(v) <= 8 {
			return v
		}
	}
	if p := issuerName(d); p != "" {
		return p
	}
	n := d.src.NumLines()
	for i := 1; i <= n && i <= 12; i++ { // "From: Department for Transport" under a government headline
		if t := strings.TrimSpace(d.src.Line(i)); strings.HasPrefix(t, "From:") && len(t) < 160 {
			if from := strings.TrimSpace(strings.TrimPrefix(t, "From:")); from != "" && unicode.IsUpper([]rune(from)[0]) {
				return plain(from)
			}
		}
	}
	return selfNamed(d)
}

var reIssuedBy = lazyRegexp(`(?i)^(?:jointly\s+)?(?:issued|released|distributed)\s+(?:by|on behalf of)\s+(.{3,100}?)\.?$`)

// issuerName reads the issuer line of a release. When lines in capitals carry it on ("ISSUED BY THE
// PRESS OFFICE" / "MINISTRY OF TRANSPORT"), the last of them is the organisation; a name set in
// capitals is given the casing the text uses for its words.
func issuerName(d *doc) string {
	var issuer, org string
	for i, l := range d.lines.Lines {
		if l.Kind == clean.Blank {
			continue
		}
		if l.Kind != clean.Furniture || l.Reason != clean.ReasonIssuer {
			if issuer != "" {
				break
			}
			continue
		}
		t := plain(d.src.Line(i + 1))
		if m := reIssuedBy().FindStringSubmatch(t); m != nil && issuer == "" {
			issuer = m[1]
		} else if issuer != "" {
			org = t
		}
	}
	if org != "" {
		issuer = org
	}
	if issuer == "" {
		return ""
	}
	return casedLikeText(issuer, knownCasings(d))
}

// selfNamed is the name the page's furniture gives itself most often: the capitalised words after a
// call to follow, subscribe or read more ("Stay connected with …", "Follow … on", "More from …"), or
// in a copyright line. Only furniture and the first and last lines are read, and only short lines.
func selfNamed(d *doc) string {
	votes := map[string]int{}
	var order []string
	n := d.src.NumLines()
	for i := 1; i <= n; i++ {
		if d.lines.Keep(i) && i > 15 && i < n-15 {
			continue
		}
		l := d.src.Line(i)
		if len(l) > 160 || !maySelfName(l) || d.lines.Keep(i) && prose.CountWords(l) > 12 {
			continue
		}
		if name := selfName(plain(l)); name != "" {
			if votes[name] == 0 {
				order = append(order, name)
			}
			votes[name]++
		}
	}
	best := ""
	for _, name := range order {
		if votes[name] > votes[best] {
			best = name
		}
	}
	return best
}

// maySelfName is a quick test for the lines selfName reads: those that open, after markup, with a
// lead-in or a copyright sign.
func maySelfName(l string) bool {
	t := strings.TrimLeft(l, " \t*_#>[")
	if strings.HasPrefix(t, "©") || strings.HasPrefix(t, "(c)") || strings.HasPrefix(t, "(C)") || hasFoldedPrefix(t, "copyright") {
		return true
	}
	for _, lead := range lexicon.SelfNamingLeads {
		if len(t) > len(lead) && t[len(lead)] == ' ' && hasFoldedPrefix(t, lead) {
			return true
		}
	}
	return false
}

// hasFoldedPrefix is strings.HasPrefix ignoring case, without allocating.
func hasFoldedPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// selfName returns the name a line of furniture gives the site, or "".
func selfName(t string) string {
	lt := strings.ToLower(t)
	if hasAnyPrefix(lt, "©", "(c)", "copyright") {
		rest := strings.TrimLeft(t[len(firstWordOrSign(t)):], " ©")
		return siteNameAt(strings.TrimLeft(rest, "0123456789-–, "))
	}
	for _, lead := range lexicon.SelfNamingLeads {
		if strings.HasPrefix(lt, lead+" ") {
			return siteNameAt(t[len(lead)+1:])
		}
	}
	return ""
}

// firstWordOrSign is the copyright sign or word that opens a line.
func firstWordOrSign(t string) string {
	for _, p := range []string{"©", "(c)", "(C)", "Copyright", "COPYRIGHT", "copyright"} {
		if strings.HasPrefix(t, p) {
			return p
		}
	}
	return ""
}

// siteNameAt reads the capitalised name that s starts with ("The Daily Record for free" → "The Daily
// Record"): up to six capitalised words, joined by "of", "and" or "&"; a full stop after a word of four
// letters or more ends it ("Riverton News. All rights reserved"), one after an abbreviation does not
// ("St. Louis"). A pronoun ("Us", "Our") is no name.
func siteNameAt(s string) string {
	var words []string
	for _, w := range strings.Fields(s) {
		bare := strings.TrimRight(w, ".,;:!")
		r, _ := utf8.DecodeRuneInString(bare)
		lw := strings.ToLower(bare)
		switch {
		case len(words) == 0 && lw == "the":
		case unicode.IsUpper(r) || unicode.IsDigit(r) && len(words) > 0:
		case len(words) > 0 && (lw == "of" || lw == "and" || lw == "&"):
		default:
			return joinSiteName(words)
		}
		if w == bare+"." && utf8.RuneCountInString(bare) < 4 { // an abbreviation: "St."
			words = append(words, w)
			continue
		}
		words = append(words, bare)
		if len(words) == 6 || bare != w {
			break
		}
	}
	return joinSiteName(words)
}

// joinSiteName joins the words of a name, without joining words at its end; "" for a pronoun or "the".
func joinSiteName(words []string) string {
	for len(words) > 0 {
		lw := strings.ToLower(words[len(words)-1])
		if lw != "of" && lw != "and" && lw != "&" && lw != "the" {
			break
		}
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	if lexicon.SpeakerPronouns.Has(strings.ToLower(words[0])) || prose.IsStopword(strings.ToLower(words[0])) && len(words) == 1 {
		return ""
	}
	switch strings.ToLower(words[0]) {
	case "us", "our", "me", "my", "we", "your":
		return ""
	}
	return strings.Join(words, " ")
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// shortLine returns line n without markup, or "" when it is longer than a line of page furniture.
func shortLine(d *doc, n int) string {
	l := d.src.Line(n)
	if len(l) > 160 {
		return ""
	}
	return plain(l)
}

// knownCasings maps lower-case words to the spelling the text's own sentences use for them
// ("govtech" → "GovTech", "gds" → "GDS"), for restoring the case of a name set in capitals. A word
// counts only from a sentence that is not itself in capitals.
func knownCasings(d *doc) map[string]string {
	m := map[string]string{}
	for _, s := range d.sents {
		if strings.ToUpper(s.text) == s.text {
			continue
		}
		first := true
		for _, t := range s.toks {
			if t.Kind != prose.Word {
				continue
			}
			opening := first // capitalised by its place alone, unless it has capitals inside ("GovTech")
			first = false
			if !t.IsCap() || opening && !capitalInside(t.Text) {
				continue
			}
			w := strings.TrimSuffix(strings.TrimSuffix(t.Text, "’s"), "'s")
			if _, ok := m[strings.ToLower(w)]; !ok {
				m[strings.ToLower(w)] = w
			}
		}
	}
	return m
}

// casedLikeText writes a name set in capitals as the text writes its words: a word the text spells
// ("GOVTECH" → "GovTech", "UK" → "UK"), else a joining word in lower case ("AND" → "and"), a word
// without a vowel as the acronym it must be ("FCDO"), and any other word with a capital and lower case.
func casedLikeText(s string, known map[string]string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		switch k, ok := known[w]; {
		case i > 0 && lexicon.NameJoiners.Has(w):
		case ok:
			words[i] = k
		case isAcronymShape(w):
			words[i] = strings.ToUpper(w)
		default:
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			words[i] = string(r)
		}
	}
	return strings.Join(words, " ")
}

// isAcronymShape: a word no English word could be — without a vowel ("bbc"), or opening with three
// consonants that no English word opens with ("fcdo", "ndrc"; "street", "school" do).
func isAcronymShape(w string) bool {
	if !strings.ContainsAny(w, "aeiouy") {
		return true
	}
	if len(w) < 3 || strings.ContainsAny(w[:3], "aeiouy") {
		return false
	}
	switch w[:3] {
	case "str", "spr", "scr", "spl", "squ", "thr", "chr", "sch", "shr", "phr", "sph":
		return false
	}
	return true
}

// capitalInside: a capital after the first letter ("GovTech", "UK").
func capitalInside(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
