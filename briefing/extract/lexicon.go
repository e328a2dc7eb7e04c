package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/prose"
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// honorifics precede a person's name.
var honorifics = wordSet(`mr mrs ms miss mx dr prof professor sir dame lord lady rt hon mdm madam madame
	datuk dato tan sri he hrh excellency sheikh`)

// roleCores are nouns that make a phrase a role ("Director General of GDS", "Foreign Secretary").
var roleCores = wordSet(`minister secretary chancellor president director director-general head chief executive
	officer ceo cto cio coo cfo cdo chair chairman chairwoman chairperson ambassador commissioner envoy spokesperson
	spokesman spokeswoman governor mayor premier king queen prince princess deputy manager founder co-founder
	partner lead leader adviser advisor counsellor consul undersecretary under-secretary senator mp mep professor
	editor correspondent analyst dean general representative commander chief-executive secretary-general
	permanent-secretary principal chairs heads ministers officers directors ambassadors researcher economist
	lecturer fellow owner president-elect attorney-general solicitor-general`)

// roleModifiers may start or sit inside a role phrase.
var roleModifiers = wordSet(`former then acting deputy senior junior interim outgoing incoming new current
	prime vice foreign home first second permanent executive principal assistant associate managing technical
	digital chief high state parliamentary special`)

// orgWords make a run of capitalised words an organisation, place or thing rather than a person.
var orgWords = wordSet(`government agency service services office department ministry group council commission
	nation nations partnership digital technology authority bank university committee board union association
	institute foundation company corporation ltd inc plc llc times news post exchange programme program initiative
	strategy agreement memorandum economy centre center school academy team unit house street parliament assembly
	court embassy commonwealth kingdom republic states series review summit conference forum week day award awards
	prize act bill treaty accord charter road avenue square hall palace airport station city county province region
	island islands ocean sea river east west north south asia europe africa america americas pacific atlantic
	media press times herald tribune journal gazette daily weekly monthly magazine network channel radio tv
	television online digital cyber data cloud smart national international global federal royal united
	affairs relations exchequer treasury cabinet defence defense trade finance health education justice interior
	culture transport environment energy industry commerce communications information`)

// notNameWords are the words that cannot be part of a person's name: roles, organisation words,
// titles, function words, months and weekdays (one lookup instead of seven).
var notNameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{roleCores, roleModifiers, orgWords, honorifics} {
		for k := range set {
			m[k] = true
		}
	}
	for k := range prose.MonthNames {
		m[k] = true
	}
	for k := range prose.WeekdayNames {
		m[k] = true
	}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be because been before
		being below between both but by can could did do does doing down during each few for from further had has have having
		he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now
		of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
		them themselves then there these they this those through to too under until up very was we were what when where which
		while who whom why will with would you your yours yourself yourselves us may might must shall upon within without among
		amongst across along around via per whether however although though yet already still even ever every many much several
		one two three said says`) {
		m[w] = true
	}
	return m
}()

// isHonorific reports whether tok is a title such as "Mr" or "Dr" (with or without a dot).
func isHonorific(t prose.Token) bool {
	return t.Kind == prose.Word && t.IsCap() && honorifics[strings.TrimSuffix(t.Lower(), ".")]
}

// validNameToken reports whether tok can be part of a person's name: a capitalised word that is not an
// acronym, a role, an organisation word, a month or a common function word.
func validNameToken(t prose.Token) bool {
	if t.Kind != prose.Word || !t.IsCap() || t.IsAllCaps() {
		return false
	}
	lw := t.Lower()
	if notNameWords[lw] {
		return false
	}
	if strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "'s") || strings.Contains(t.Text, ".") {
		return false
	}
	// inner capitals ("GovTech", "iPhone") mark brands, except Mc/Mac/O’/De-style surnames
	rs := []rune(t.Text)
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && !(i >= 2 && (strings.HasPrefix(t.Text, "Mc") || strings.HasPrefix(t.Text, "Mac") ||
			strings.HasPrefix(t.Text, "De") || strings.HasPrefix(t.Text, "Di") || strings.HasPrefix(t.Text, "La") ||
			strings.HasPrefix(t.Text, "Le") || rs[i-1] == '’' || rs[i-1] == '\'' || rs[i-1] == '-')) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r)
}

// isRoleToken reports whether tok can sit inside a role phrase ("the UK’s Foreign Secretary",
// "director general of GDS UK").
func isRoleToken(t prose.Token) bool {
	switch t.Kind {
	case prose.Word:
		lw := t.Lower()
		if roleCores[lw] || roleModifiers[lw] || lw == "of" || lw == "for" || lw == "the" || lw == "and" || lw == "to" {
			return true
		}
		return t.IsCap()
	case prose.Punct:
		return t.Text == "&" || t.Text == "(" || t.Text == ")"
	}
	return false
}

// roleWordAt reports whether toks[k] can continue a role phrase in context: a role token, a lower-case
// agent noun right after a role word ("chief negotiator", "senior economist"), a noun right before one
// ("procurement director"), or an organisation word after "the" ("at the ministry").
func roleWordAt(toks []prose.Token, k int) bool {
	t := toks[k]
	if isRoleToken(t) {
		return true
	}
	if t.Kind != prose.Word {
		return false
	}
	lw := t.Lower()
	if !t.IsCap() && (strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")) {
		return false // "the island council's head of transport": the possessor is context, not the title
	}
	switch lw {
	case "at", "in":
		return k+1 < len(toks) && (toks[k+1].Is("the") || toks[k+1].IsCap())
	}
	if prose.IsStopword(lw) {
		return false
	}
	if k > 0 && (roleCores[toks[k-1].Lower()] || roleModifiers[toks[k-1].Lower()]) && isAgentNoun(lw) {
		return true
	}
	// "head of transport", "minister for trade": the portfolio after a role noun
	if k >= 2 && (toks[k-1].Is("of") || toks[k-1].Is("for")) && roleCores[toks[k-2].Lower()] {
		return true
	}
	if k+1 < len(toks) && roleCores[toks[k+1].Lower()] {
		return true
	}
	return k > 0 && toks[k-1].Is("the") && orgWords[lw]
}

// isAgentNoun guesses a person-noun from its ending: negotiator, economist, technician, consultant, planner.
func isAgentNoun(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"or", "ist", "ian", "ant", "er", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// hasRoleCore reports whether any token is a role noun.
func hasRoleCore(toks []prose.Token) bool {
	for _, t := range toks {
		if t.Kind == prose.Word && roleCores[t.Lower()] {
			return true
		}
	}
	return false
}

// reportingVerbs introduce or attribute a quotation.
var reportingVerbs = wordSet(`said says say stated states state added adds add noted notes explained explains told
	remarked commented comments declared declares announced announces tweeted tweets wrote writes posted posts
	continued continues insisted insists argued argues warned warns stressed stresses emphasised emphasized
	acknowledged acknowledges observed observes concluded concludes reads read affirmed affirms confirmed
	confirms highlighted highlights underlined replied asked urged urges predicted predicts described describes
	called calls termed`)
