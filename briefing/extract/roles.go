package extract

import (
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// roleBefore reads a role ending right before the name at token a: "Foreign Secretary Jeremy Hunt",
// "director general of GDS UK Kevin Cunnington", "Head of X, Kevin Cunnington,", "the CEO of X – Mr. Y".
func roleBefore(s string, toks []prose.Token, a int) string {
	j := a - 1
	// skip honorifics: "the Rt. Hon.", "Mr.", "Dr"
	for j >= 0 && (isHonorific(toks[j]) || toks[j].Text == "." && j > 0 && isHonorific(toks[j-1])) {
		j--
	}
	for j >= 0 && toks[j].Is("the") && j+1 < a && isHonorific(toks[j+1]) {
		j--
	}
	comma := false
	if j >= 0 && (toks[j].Text == "," || toks[j].Text == "–" || toks[j].Text == "—" || toks[j].Text == "-" || toks[j].Text == ":") {
		comma = toks[j].Text == ","
		j--
		if comma && !(a < len(toks)) {
			return ""
		}
	}
	end := j
	if end < 0 || !roleWordAt(toks, end) || toks[end].Is("of") || toks[end].Is("for") || toks[end].Is("the") || toks[end].Is("and") {
		return ""
	}
	k := end
	for k >= 0 && roleWordAt(toks, k) {
		if k == 0 && toks[k].Kind == prose.Word && toks[k].IsCap() && !toks[k].IsAllCaps() && !lexicon.RoleNouns[toks[k].Lower()] && !lexicon.RoleModifiers[toks[k].Lower()] && len(toks) > 1 && !toks[1].IsCap() {
			break // "Expect the Minister …": the sentence's first word, not part of the role
		}
		if toks[k].Is("and") {
			// "Chief Executive Officer and Director General", "Minister of Economic Affairs and IT":
			// one role; but "Mr Kok and director general …": stop at another person
			if k == 0 || toks[k-1].Kind != prose.Word || validNameToken(toks[k-1]) || isHonorific(toks[k-1]) ||
				!(toks[k-1].IsCap() || lexicon.RoleNouns[toks[k-1].Lower()]) {
				break
			}
			// "Governor of the Bank and Deputy Minister Eva Saar": the words after "and" are a
			// whole role of their own, so they belong to this name and what comes before to another
			if hasRoleCore(toks[k+1:end+1]) && !lexicon.RoleNouns[toks[k-1].Lower()] {
				break
			}
		}
		if validNameToken(toks[k]) && k > 0 && validNameToken(toks[k-1]) && !hasRoleCore(toks[k:end+1]) {
			break // another name
		}
		k--
	}
	start := k + 1
	for start <= end && (toks[start].Is("the") || toks[start].Is("and") || toks[start].Is("of") || toks[start].Text == ")") {
		start++
	}
	if start > end || !hasRoleCore(toks[start:end+1]) {
		return ""
	}
	// the role must end on a role word, an organisation, a country or a portfolio, never on a bare preposition
	role := toks[start : end+1]
	if lexicon.RoleNouns[role[len(role)-1].Lower()] || role[len(role)-1].IsCap() || role[len(role)-1].Text == ")" || roleWordAt(toks, end) && !prose.IsStopword(role[len(role)-1].Lower()) {
		return s[role[0].Start:role[len(role)-1].End]
	}
	return ""
}

// roleAfter reads an appositive role after the name ending at token b: "Jane Doe, chief executive of
// X," — up to a comma, a full stop, a bracket, a verb, or "and" before another person.
func roleAfter(s string, toks []prose.Token, b int) string {
	if b >= len(toks) || toks[b].Text != "," {
		return ""
	}
	start := b + 1
	k := start
	for k < len(toks) {
		t := toks[k]
		if t.Kind == prose.Punct && t.Text != "&" && t.Text != "(" && t.Text != ")" {
			break
		}
		if t.Text == "(" { // "(GDS)": keep a bracketed acronym
			if k+2 < len(toks) && toks[k+2].Text == ")" {
				k += 3
				continue
			}
			break
		}
		if t.Is("and") {
			if k+1 < len(toks) && (isHonorific(toks[k+1]) || toks[k+1].IsCap() && !lexicon.RoleNouns[toks[k+1].Lower()]) {
				break
			}
			if k+1 < len(toks) && toks[k+1].IsCap() && lexicon.RoleNouns[toks[k+1].Lower()] {
				break // "…, Chancellor of the Exchequer and Senior Minister Y": a new person's title
			}
		}
		if !roleWordAt(toks, k) {
			break
		}
		k++
	}
	for k > start && (toks[k-1].Is("and") || toks[k-1].Is("of") || toks[k-1].Is("the") || toks[k-1].Is("for") || toks[k-1].Is("at") || toks[k-1].Is("in")) {
		k--
	}
	if k <= start {
		return ""
	}
	role := toks[start:k]
	// the role noun must come early: "chief executive of X", "the UK's Foreign Secretary"
	early := role
	if len(early) > 5 {
		early = early[:5]
	}
	if !hasRoleCore(early) {
		return ""
	}
	return s[role[0].Start:role[len(role)-1].End]
}
