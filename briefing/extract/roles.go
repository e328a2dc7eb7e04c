package extract

import (
	"github.com/briefpack/briefpack/briefing/prose"
)

// Roles: the office or title a source gives a person, before the name ("Foreign Secretary Jeremy
// Hunt", "Head of X, Kevin Cunnington,") or after it ("Jane Doe, chief executive of X", "Jane Doe –
// head of X –").

// roleBefore reads a role ending right before the name at token a: "Foreign Secretary Jeremy Hunt",
// "director general of GDS UK Kevin Cunnington", "Head of X, Kevin Cunnington,", "the CEO of X – Mr. Y".
func roleBefore(s string, toks []prose.Token, a int) string {
	end := roleEndBefore(toks, a)
	if end < 0 || !roleWordAt(toks, end) || isRoleLink(toks[end]) {
		return ""
	}
	start := roleStartBefore(toks, end)
	for start <= end && (isRoleLink(toks[start]) || toks[start].Text == ")") {
		start++
	}
	if start > end || !hasRoleCore(toks[start:end+1]) || !endsRole(toks, end) {
		return ""
	}
	return s[toks[start].Start:toks[end].End]
}

// roleEndBefore steps back from the name at token a over its honorifics ("the Rt. Hon.", "Mr.") and one
// separator (a comma, a dash, a colon) to the last token a role before it would end on; -1 if none.
func roleEndBefore(toks []prose.Token, a int) int {
	j := a - 1
	for j >= 0 && (isHonorific(toks[j]) || toks[j].Text == "." && j > 0 && isHonorific(toks[j-1])) {
		j--
	}
	for j >= 0 && toks[j].Is("the") && j+1 < a && isHonorific(toks[j+1]) {
		j--
	}
	if j >= 0 && isRoleSeparator(toks[j]) {
		j--
	}
	return j
}

func isRoleSeparator(t prose.Token) bool {
	switch t.Text {
	case ",", "–", "—", "-", ":":
		return true
	}
	return false
}

// isRoleLink reports whether t is a word that joins the parts of a role but cannot start or end one.
func isRoleLink(t prose.Token) bool {
	return t.Is("of") || t.Is("for") || t.Is("the") || t.Is("and")
}

// roleStartBefore walks back from token end over the words of a role and returns where it starts.
func roleStartBefore(toks []prose.Token, end int) int {
	k := end
	for k >= 0 && roleWordAt(toks, k) && !stopsRoleBefore(toks, k, end) {
		k--
	}
	return k + 1
}

// stopsRoleBefore reports whether token k, walking back, no longer belongs to the role that ends at
// token end: a sentence's first word ("Expect the Minister …"), an "and" before another person or
// before a whole role of its own, or another name.
func stopsRoleBefore(toks []prose.Token, k, end int) bool {
	t := toks[k]
	if k == 0 && t.Kind == prose.Word && t.IsCap() && !t.IsAllCaps() && !is(&t, tagRoleNoun) &&
		!is(&t, tagRoleModifier) && len(toks) > 1 && !toks[1].IsCap() {
		return true
	}
	if t.Is("and") && andEndsRole(toks, k, end) {
		return true
	}
	return validNameToken(t) && k > 0 && validNameToken(toks[k-1]) && !hasRoleCore(toks[k:end+1])
}

// andEndsRole decides an "and" inside a role read backwards: "Chief Executive Officer and Director
// General" and "Minister of Economic Affairs and IT" are one role; "Mr Kok and director general …"
// stops at another person, and in "Governor of the Bank and Deputy Minister Eva Saar" the words after
// "and" are a whole role of their own.
func andEndsRole(toks []prose.Token, k, end int) bool {
	if k == 0 {
		return true
	}
	p := toks[k-1]
	if p.Kind != prose.Word || validNameToken(p) || isHonorific(p) || !(p.IsCap() || is(&p, tagRoleNoun)) {
		return true
	}
	return hasRoleCore(toks[k+1:end+1]) && !is(&p, tagRoleNoun)
}

// endsRole reports whether a role may end on token end: a role word, an organisation, a country or a
// portfolio, never a bare preposition.
func endsRole(toks []prose.Token, end int) bool {
	t := toks[end]
	return is(&t, tagRoleNoun) || t.IsCap() || t.Text == ")" || roleWordAt(toks, end) && !is(&t, tagStopword)
}

// roleAfter reads an appositive role after the name ending at token b: "Jane Doe, chief executive of
// X," or "Jane Doe – head of X –" — up to a comma, a full stop, a bracket, a verb, or "and" before
// another person.
func roleAfter(s string, toks []prose.Token, b int) string {
	if b >= len(toks) || !(toks[b].Text == "," || toks[b].Text == "–" || toks[b].Text == "—") {
		return ""
	}
	start := b + 1
	k := start
	for k < len(toks) {
		next, ok := roleWordAfter(toks, k)
		if !ok {
			break
		}
		k = next
	}
	for k > start && (isRoleLink(toks[k-1]) || toks[k-1].Is("at") || toks[k-1].Is("in")) {
		k--
	}
	if k <= start {
		return ""
	}
	early := toks[start:k] // the role noun must come early: "chief executive of X", "the UK's Foreign Secretary"
	if len(early) > 5 {
		early = early[:5]
	}
	if !hasRoleCore(early) {
		return ""
	}
	return s[toks[start].Start:toks[k-1].End]
}

// roleWordAfter reads token k of an appositive role and returns the index after it; false when the role
// ends before k.
func roleWordAfter(toks []prose.Token, k int) (int, bool) {
	t := toks[k]
	switch {
	case t.Text == "(": // "(GDS)": keep a bracketed acronym
		if k+2 < len(toks) && toks[k+2].Text == ")" {
			return k + 3, true
		}
		return k, false
	case t.Kind == prose.Punct && t.Text != "&" && t.Text != ")":
		return k, false
	case t.Is("and") && k+1 < len(toks) && (isHonorific(toks[k+1]) || toks[k+1].IsCap()):
		return k, false // "… and Mr Y", "…, Chancellor of the Exchequer and Senior Minister Y": another person
	case !roleWordAt(toks, k):
		return k, false
	}
	return k + 1, true
}
