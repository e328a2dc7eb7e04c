package extract

import "github.com/kljensen/snowball/english"

// The Snowball (Porter2) English stemmer, as github.com/kljensen/snowball/english implements it, step
// for step, but over the bytes of a word instead of a slice of runes made afresh for every suffix
// it tries: the library spends most of its time converting its suffix lists. Only a word it can
// read byte by byte takes this path (printable ASCII with no capital letter, at most
// maxFastStem bytes, so that trimming and lowering it would change nothing); any other goes to the
// library. The stems are the library's, word for word (stem_test.go compares the two).

// maxFastStem is the longest word stemmed here; a longer one goes to the library.
const maxFastStem = 48

// stemEnglish returns english.Stem(w, true).
func stemEnglish(w string) string {
	if len(w) > maxFastStem {
		return english.Stem(w, true)
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c <= ' ' || c >= 0x7f || c >= 'A' && c <= 'Z' {
			return english.Stem(w, true)
		}
	}
	if len(w) <= 2 {
		return w
	}
	if s := specialStem(w); s != "" {
		return s
	}
	var buf [maxFastStem + 4]byte
	s := porterWord{rs: append(buf[:0], w...)}
	s.preprocess()
	s.step0()
	s.step1a()
	s.step1b()
	s.step1c()
	s.step2()
	s.step3()
	s.step4()
	s.step5()
	for i, c := range s.rs {
		if c == 'Y' {
			s.rs[i] = 'y'
		}
	}
	return string(s.rs)
}

// specialStem returns the library's fixed stem of an exceptional word, or "".
func specialStem(w string) string {
	switch w {
	case "skis":
		return "ski"
	case "skies":
		return "sky"
	case "dying":
		return "die"
	case "lying":
		return "lie"
	case "tying":
		return "tie"
	case "idly":
		return "idl"
	case "gently":
		return "gentl"
	case "ugly":
		return "ugli"
	case "early":
		return "earli"
	case "only":
		return "onli"
	case "singly":
		return "singl"
	case "sky", "news", "howe", "atlas", "cosmos", "bias", "andes":
		return w
	case "inning", "innings":
		return "inning"
	case "outing", "outings":
		return "outing"
	case "canning", "cannings":
		return "canning"
	case "herring", "herrings":
		return "herring"
	case "earring", "earrings":
		return "earring"
	case "proceed", "proceeds", "proceeded", "proceeding":
		return "proceed"
	case "exceed", "exceeds", "exceeded", "exceeding":
		return "exceed"
	case "succeed", "succeeds", "succeeded", "succeeding":
		return "succeed"
	}
	return ""
}

// The suffixes each step looks for, in the order it tries them.
var (
	step0Suffixes  = newSuffixList("'s'", "'s", "'")
	step1aSuffixes = newSuffixList("sses", "ied", "ies", "us", "ss", "s")
	step1bSuffixes = newSuffixList("eedly", "ingly", "edly", "ing", "eed", "ed")
	step1bMends    = newSuffixList("at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
	step2Suffixes  = newSuffixList("ational", "fulness", "iveness", "ization", "ousness", "biliti", "lessli", "tional", "alism", "aliti", "ation", "entli", "fulli", "iviti", "ousli", "anci", "abli", "alli", "ator", "enci", "izer", "bli", "ogi", "li")
	step3Suffixes  = newSuffixList("ational", "tional", "alize", "icate", "ative", "iciti", "ical", "ful", "ness")
	step4Suffixes  = newSuffixList("ement", "ance", "ence", "able", "ible", "ment", "ent", "ant", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic")
)

// porterWord is a word being stemmed and the starts of its regions R1 and R2.
type porterWord struct {
	rs     []byte
	r1, r2 int
}

func isPorterVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// clamp keeps R1 and R2 within the word after it got shorter.
func (w *porterWord) clamp() {
	if w.r1 > len(w.rs) {
		w.r1 = len(w.rs)
	}
	if w.r2 > len(w.rs) {
		w.r2 = len(w.rs)
	}
}

func (w *porterWord) removeLast(n int) {
	w.rs = w.rs[:len(w.rs)-n]
	w.clamp()
}

func (w *porterWord) replaceSuffix(n int, repl string) {
	w.rs = append(w.rs[:len(w.rs)-n], repl...)
	w.clamp()
}

// suffixList is a list of suffixes by their last byte, each group in the list's order, so a word is
// compared only with the suffixes that end as it does.
type suffixList [128][]string

func newSuffixList(suffixes ...string) *suffixList {
	var l suffixList
	for _, s := range suffixes {
		l[s[len(s)-1]] = append(l[s[len(s)-1]], s)
	}
	return &l
}

// firstSuffix returns the first of the suffixes (in the order given) the word ends with, or "".
func (w *porterWord) firstSuffix(l *suffixList) string {
	n := len(w.rs)
	if n == 0 || w.rs[n-1] >= 0x80 {
		return ""
	}
	for _, s := range l[w.rs[n-1]] {
		if len(s) <= n && string(w.rs[n-len(s):]) == s {
			return s
		}
	}
	return ""
}

// vnv returns the index after the first non-vowel that follows a vowel, from start on.
func (w *porterWord) vnv(start int) int {
	for j := start + 1; j < len(w.rs); j++ {
		if isPorterVowel(w.rs[j-1]) && !isPorterVowel(w.rs[j]) {
			return j + 1
		}
	}
	return len(w.rs)
}

func (w *porterWord) preprocess() {
	n := 0 // leading apostrophes go, but never the last byte (as the library counts them)
	for n < len(w.rs)-1 && w.rs[n] == '\'' {
		n++
	}
	w.rs = w.rs[n:]
	for i, c := range w.rs {
		if c == 'y' && (i == 0 || isPorterVowel(w.rs[i-1])) {
			w.rs[i] = 'Y'
		}
	}
	w.r1 = -1
	for _, p := range [...]string{"gener", "commun", "arsen"} {
		if len(p) <= len(w.rs) && string(w.rs[:len(p)]) == p {
			w.r1 = len(p)
			break
		}
	}
	if w.r1 < 0 {
		w.r1 = w.vnv(0)
	}
	w.r2 = w.vnv(w.r1)
}

func (w *porterWord) step0() {
	if s := w.firstSuffix(step0Suffixes); s != "" {
		w.removeLast(len(s))
	}
}

func (w *porterWord) step1a() {
	switch s := w.firstSuffix(step1aSuffixes); s {
	case "sses":
		w.replaceSuffix(len(s), "ss")
	case "ies", "ied":
		if len(w.rs) > 4 {
			w.replaceSuffix(len(s), "i")
		} else {
			w.replaceSuffix(len(s), "ie")
		}
	case "s":
		for i := 0; i < len(w.rs)-2; i++ {
			if isPorterVowel(w.rs[i]) {
				w.removeLast(1)
				return
			}
		}
	}
}

func (w *porterWord) step1b() {
	s := w.firstSuffix(step1bSuffixes)
	switch s {
	case "eed", "eedly":
		if len(s) <= len(w.rs)-w.r1 {
			w.replaceSuffix(len(s), "ee")
		}
	case "ed", "edly", "ing", "ingly":
		vowel := false
		for i := 0; i < len(w.rs)-len(s) && !vowel; i++ {
			vowel = isPorterVowel(w.rs[i])
		}
		if vowel {
			w.step1bDelete(len(s))
		}
	}
}

// step1bDelete deletes an "ed" or "ing" ending of n bytes and mends what is left.
func (w *porterWord) step1bDelete(n int) {
	r1, r2 := w.r1, w.r2
	w.removeLast(n)
	switch s := w.firstSuffix(step1bMends); s {
	case "":
		if w.r1 >= len(w.rs) && w.endsShortSyllable(len(w.rs)) {
			w.rs = append(w.rs, 'e')
			w.r1, w.r2 = len(w.rs), len(w.rs)
			return
		}
	case "at", "bl", "iz":
		w.rs = append(w.rs, 'e')
	default:
		w.removeLast(1)
	}
	w.r1, w.r2 = min(r1, len(w.rs)), min(r2, len(w.rs))
}

// endsShortSyllable reports whether w.rs[:i] ends in a short syllable.
func (w *porterWord) endsShortSyllable(i int) bool {
	if i == 2 {
		return isPorterVowel(w.rs[0]) && !isPorterVowel(w.rs[1])
	}
	if i >= 3 {
		s1, s2, s3 := w.rs[i-1], w.rs[i-2], w.rs[i-3]
		return !isPorterVowel(s1) && s1 != 'w' && s1 != 'x' && s1 != 'Y' && isPorterVowel(s2) && !isPorterVowel(s3)
	}
	return false
}

func (w *porterWord) step1c() {
	n := len(w.rs)
	if n > 2 && (w.rs[n-1] == 'y' || w.rs[n-1] == 'Y') && !isPorterVowel(w.rs[n-2]) {
		w.rs[n-1] = 'i'
	}
}

func (w *porterWord) step2() {
	s := w.firstSuffix(step2Suffixes)
	if s == "" || len(s) > len(w.rs)-w.r1 {
		return
	}
	n := len(w.rs)
	switch s {
	case "li":
		if n >= 3 {
			switch w.rs[n-3] {
			case 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't':
				w.removeLast(len(s))
			}
		}
	case "ogi":
		if n >= 4 && w.rs[n-4] == 'l' {
			w.replaceSuffix(len(s), "og")
		}
	default:
		w.replaceSuffix(len(s), step2Replacement(s))
	}
}

// step2Replacement is what step 2 puts for a suffix other than "li" and "ogi".
func step2Replacement(s string) string {
	switch s {
	case "tional":
		return "tion"
	case "enci":
		return "ence"
	case "anci":
		return "ance"
	case "abli":
		return "able"
	case "entli":
		return "ent"
	case "izer", "ization":
		return "ize"
	case "ational", "ation", "ator":
		return "ate"
	case "alism", "aliti", "alli":
		return "al"
	case "fulness", "fulli":
		return "ful"
	case "ousli", "ousness":
		return "ous"
	case "iveness", "iviti":
		return "ive"
	case "biliti", "bli":
		return "ble"
	case "lessli":
		return "less"
	}
	return ""
}

func (w *porterWord) step3() {
	s := w.firstSuffix(step3Suffixes)
	if s == "" || len(s) > len(w.rs)-w.r1 {
		return
	}
	switch s {
	case "ative":
		if len(w.rs)-w.r2 >= 5 {
			w.removeLast(len(s))
		}
	case "ational":
		w.replaceSuffix(len(s), "ate")
	case "tional":
		w.replaceSuffix(len(s), "tion")
	case "alize":
		w.replaceSuffix(len(s), "al")
	case "icate", "iciti", "ical":
		w.replaceSuffix(len(s), "ic")
	default: // "ful", "ness"
		w.removeLast(len(s))
	}
}

func (w *porterWord) step4() {
	s := w.firstSuffix(step4Suffixes)
	if s == "" || len(s) > len(w.rs)-w.r2 {
		return
	}
	if s == "ion" {
		if n := len(w.rs); n >= 4 && (w.rs[n-4] == 's' || w.rs[n-4] == 't') {
			w.removeLast(len(s))
		}
		return
	}
	w.removeLast(len(s))
}

func (w *porterWord) step5() {
	last := len(w.rs) - 1
	if w.r1 > last {
		return
	}
	switch {
	case w.rs[last] == 'e':
		if w.r2 <= last || !w.endsShortSyllable(last) {
			w.removeLast(1)
		}
	case w.r2 <= last && w.rs[last] == 'l' && last >= 1 && w.rs[last-1] == 'l':
		w.removeLast(1)
	}
}
