package clean

import (
	"strings"
	"unicode"

	"github.com/briefpack/briefpack/briefing/lexicon"
)

// The closing matter of a press release, and of pages that end like one: who issued it, what was
// enclosed, notes about the organisations involved, and whom journalists should call. None of it is
// article text, but contacts and notes are read back out of it (see Contacts and Notes).

var (
	reIssuer    = lazyRegexp(`(?i)^(jointly\s+)?(issued|released|distributed)\s+(by|on behalf of)\s+\S`)
	reEnclosure = lazyRegexp(`(?i)^(enc|encs|encl|encls|enclosures?|attachments?|attached)\s*[.:]\s*\S`)
	reEndsMark  = lazyRegexp(`(?i)^[-–—#\s]*(ends|end|end of release|-?30-?)[-–—#\s]*$`)
)

// isIssuer recognises "ISSUED BY THE MINISTRY OF X" and "Jointly issued by A and B".
func isIssuer(f *feature) bool {
	return f.words <= 20 && !f.terminal && opensWith(f.text, "jird") && reIssuer().MatchString(f.text)
}

// isEnclosure recognises "Enc: Fact sheet", "Attachments: photos of the signing".
func isEnclosure(f *feature) bool {
	return f.words <= 20 && opensWith(f.text, "ea") && reEnclosure().MatchString(f.text)
}

// isShouting reports whether every letter of s is upper case (and there are some).
func isShouting(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 3
}

// aboutHeading returns the organisation an "About <organisation>" heading names ("About the Harbour
// Board" → "Harbour Board"), "the author" for an author box, or "" when the line is no such heading.
func aboutHeading(f *feature) string {
	if f.words < 2 || f.words > 12 || f.terminal {
		return ""
	}
	t := strings.TrimSpace(strings.TrimRight(f.text, ":*_ "))
	if len(t) < 7 || !strings.EqualFold(t[:6], "about ") {
		return ""
	}
	name := strings.TrimSpace(t[6:])
	lower := strings.ToLower(name)
	if lexicon.AuthorBoxNames.Equal(lower) {
		return "the author"
	}
	if strings.HasPrefix(lower, "the ") {
		name = strings.TrimSpace(name[4:])
	}
	if !isProperName(name) {
		return ""
	}
	return name
}

// isProperName: every word of s is capitalised, a number, an acronym or a joining word ("of", "for",
// "and", "&", "the"), and the first is capitalised.
func isProperName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	for i, w := range words {
		r := []rune(strings.Trim(w, "()[],.'’\""))
		if len(r) == 0 {
			continue
		}
		if unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) {
			continue
		}
		if i > 0 && lexicon.NameJoiners.Has(strings.ToLower(string(r))) {
			continue
		}
		return false
	}
	return true
}

// contactLead splits a contact given on one line under its label ("Contact: Jane Roe, +1 202 555 0100")
// into the details; ok is false when the line is no such thing.
func contactLead(t string) (rest string, ok bool) {
	i := strings.IndexByte(t, ':')
	if i <= 0 || i > 40 {
		return "", false
	}
	head := describe(t[:i+1])
	if !isContactHeading(&head) {
		return "", false
	}
	rest = strings.TrimSpace(t[i+1:])
	return rest, isEmailIn(rest) || strings.IndexByte(rest, '+') >= 0 && rePhoneIn().MatchString(rest) || isBarePhone(rest)
}

// isHandling recognises a release's handling line: "FOR IMMEDIATE RELEASE", "Embargoed until 00:01
// on 4 March".
func isHandling(f *feature) bool {
	// lower-casing commutes with trimming marks that are no letters
	return f.words <= 14 && lexicon.HandlingLabels.PrefixOf(strings.Trim(f.lower(), "*_: "))
}

// isContactHeading recognises the heading of a media-contact block: "For media enquiries, please
// contact:", "Media contacts", "### Press office".
func isContactHeading(f *feature) bool {
	if f.words > 10 || f.words == 0 || f.terminal && !strings.HasSuffix(f.text, ":") {
		return false
	}
	l := strings.Trim(f.lower(), ":*_ ") // lower-casing commutes with trimming marks that are no letters
	l = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(l, "please contact")), ",")
	l = strings.TrimSpace(l)
	return lexicon.ContactHeadings.Equal(l)
}

// releaseMatter marks issuer and enclosure lines, "About …" notes and author boxes, and media-contact
// blocks (a heading and the cards under it, or cards found by their Tel/Email rows).
func releaseMatter(res Result, feats []feature, raws func(int) string) {
	for i := 0; i < len(res.Lines); i++ {
		if res.Lines[i].Kind != Text && !(res.Lines[i].Kind == Furniture && res.Lines[i].Reason == ReasonContact) {
			continue
		}
		f := &feats[i]
		switch {
		case res.Lines[i].Kind == Furniture: // a Tel/Email row: the card around it
			contactCard(res, feats, i)
		case isIssuer(f):
			res.Lines[i] = Line{Furniture, ReasonIssuer}
			i = issuerContinuation(res, feats, i)
		case isEnclosure(f):
			res.Lines[i] = Line{Furniture, ReasonEnclosure}
		case isHandling(f):
			res.Lines[i] = Line{Furniture, ReasonHandling}
		case f.words <= 3 && reEndsMark().MatchString(f.text):
			res.Lines[i] = Line{Furniture, ReasonEndMark}
		case f.words <= 30 && hasColonEarly(f.text) && isContactLead(f.text):
			res.Lines[i] = Line{Furniture, ReasonContact}
		case isContactHeading(f):
			res.Lines[i] = Line{Furniture, ReasonContact}
			i = section(res, feats, raws, i, ReasonContact, contactLine)
		default:
			if org := aboutHeading(f); org != "" && (org == "the author" || noteNames(res, feats, i, org)) {
				reason := ReasonAbout
				if org == "the author" {
					reason = ReasonAuthorBox
				}
				res.Lines[i] = Line{Furniture, reason}
				i = section(res, feats, raws, i, reason, nil)
			}
		}
	}
}

// issuerContinuation marks the lines in capitals that carry on an issuer line ("ISSUED BY THE PRESS
// OFFICE" / "MINISTRY OF TRANSPORT") and returns the last line it marked.
func issuerContinuation(res Result, feats []feature, i int) int {
	last := i
	for j := nextNonBlank(res, i); j >= 0 && res.Lines[j].Kind == Text; j = nextNonBlank(res, j) {
		f := &feats[j]
		if f.words > 12 || f.terminal || !isShouting(f.text) {
			break
		}
		res.Lines[j] = Line{Furniture, ReasonIssuer}
		last = j
	}
	return last
}

// noteNames: the paragraph under an "About X" heading names X, as a note about an organisation does:
// at least half the capitalised words of X appear in it, capitalised. A title-case section heading
// that happens to start with "About" names nothing the paragraph under it does.
func noteNames(res Result, feats []feature, i int, org string) bool {
	j := nextNonBlank(res, i)
	if j < 0 || res.Lines[j].Kind != Text {
		return false
	}
	body := map[string]bool{}
	for _, w := range strings.FieldsFunc(feats[j].text, notNameRune) {
		body[w] = true
	}
	n, found := 0, 0
	for _, w := range strings.FieldsFunc(org, notNameRune) {
		if lexicon.NameJoiners.Has(strings.ToLower(w)) {
			continue
		}
		n++
		if body[w] {
			found++
		}
	}
	return n > 0 && found*2 >= n
}

// notNameRune splits text into the words of names: letters, digits and inner hyphens.
func notNameRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }

// section marks, with reason, the lines after the heading at i up to the next heading, issuer line,
// "ends" mark or thematic break, and returns the last line it marked. When fits is set, a line must
// also fit the section (a contact block ends at the first real paragraph).
func section(res Result, feats []feature, raws func(int) string, i int, reason string, fits func(*feature) bool) int {
	last := i
	for j := i + 1; j < len(res.Lines); j++ {
		switch res.Lines[j].Kind {
		case Blank:
			if isThematicBreak(raws(j)) {
				return last
			}
			continue
		case Meta, Overlong:
			return last
		}
		f := &feats[j]
		if res.Lines[j].Kind == Text && (endsSection(f) || fits != nil && !fits(f)) {
			return last
		}
		if res.Lines[j].Kind == Furniture && (res.Lines[j].Reason == ReasonIssuer || res.Lines[j].Reason == ReasonAbout) {
			return last
		}
		res.Lines[j] = Line{Furniture, reason}
		last = j
	}
	return last
}

// endsSection: a line that starts another part of the closing matter, or another section.
func endsSection(f *feature) bool {
	return f.heading || isIssuer(f) || isContactHeading(f) || aboutHeading(f) != "" || reEndsMark().MatchString(f.text)
}

// contactLine: a line of a contact card — short, not a sentence of prose, or a one-line card that
// gives a phone number or an address.
func contactLine(f *feature) bool {
	return f.words <= 12 && !(f.terminal && f.words > 6) ||
		f.words <= 30 && (isEmailIn(f.text) || strings.Contains(f.text, "+") && rePhoneIn().MatchString(f.text))
}

func hasColonEarly(t string) bool {
	i := strings.IndexByte(t, ':')
	return i > 0 && i <= 40
}

func isContactLead(t string) bool {
	_, ok := contactLead(t)
	return ok
}

var rePhoneIn = lazyRegexp(`\+\d[\d\s().-]{6,}\d`)

// contactCard marks the lines of the card around the Tel/Email row at i: the name, title and office
// lines directly above it and the rows directly below, as far as a blank line or a line of prose.
func contactCard(res Result, feats []feature, i int) {
	for j := i - 1; j >= 0 && res.Lines[j].Kind == Text && contactLine(&feats[j]) && !feats[j].heading; j-- {
		res.Lines[j] = Line{Furniture, ReasonContact}
	}
	for j := i + 1; j < len(res.Lines) && res.Lines[j].Kind == Text && contactLine(&feats[j]) && !feats[j].heading; j++ {
		res.Lines[j] = Line{Furniture, ReasonContact}
	}
}
