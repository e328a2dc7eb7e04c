package clean

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The expressions the hand-written matchers stand for, compiled here only, to hold them to.
var (
	exprEmail   = regexp.MustCompile(`[\p{L}\d._%+'-]+@[\p{L}\d.-]+\.[\p{L}]{2,}`)
	exprContact = regexp.MustCompile(`(?i)^(tel|telephone|phone|fax|mobile|mob|cell|email|e-mail|t|m|e|f)\s*[.:]\s*[+(<\d\p{L}]`)
	exprImage   = regexp.MustCompile(`(?i)^[\w\-.,()\[\]' ]{1,120}\.(jpe?g|png|gif|webp|svg|bmp|tiff?|heic)$`)
)

// randomStrings makes n strings of up to maxLen pieces drawn from pieces, the same for every run.
func randomStrings(seed int64, n, maxLen int, pieces []string) []string {
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rng.Intn(maxLen + 1); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		out[i] = b.String()
	}
	return out
}

// checkEmail compares emailSpan with the expression's leftmost match on s.
func checkEmail(t *testing.T, s string) {
	t.Helper()
	want := exprEmail.FindStringIndex(s)
	start, end := emailSpan(s)
	if want == nil && start >= 0 || want != nil && (start != want[0] || end != want[1]) {
		t.Errorf("emailSpan(%q) = %d, %d; the expression says %v", s, start, end, want)
	}
	if hasEmail(s) != exprEmail.MatchString(s) || firstEmail(s) != exprEmail.FindString(s) {
		t.Errorf("hasEmail or firstEmail(%q) disagree with the expression", s)
	}
}

func TestEmailSpanIsTheExpression(t *testing.T) {
	for _, s := range []string{
		"", "@", "a@b", "a@b.c", "a@b.cd", "a@.cd", "@b.cd", "press@office.example", "write to press@office.example today",
		"a@b@c.com", "a.b@c.d.ef", "a@b.cd.e", "a@b.cd.ef.g1", "x@y.中文", "é@ü.ça", "a@b.c1d", "a@b-c.d-ef", "a@b..cd",
		"a@b.cd..ef", "<jane.roe@ministry.example>", "mailto:jane@x.org,", "a @b.cd", "a@ b.cd", "1@2.34", "1@2.ab",
		"'quoted'@x.io", "%+@x.io", "a@b.c\u0345d", "a\xff@b.cd", "a@b.c\xffd", "a@b.cd\xff", "ab@cd.e@fg.hi", "a_b@c_d.ef",
	} {
		checkEmail(t, s)
	}
	pieces := []string{"a", "Z", "é", "ß", "中", "Ω", "1", ".", "-", "_", "%", "+", "'", "@", "@", " ", ",", "\xff", "<", ">", "co", "uk"}
	for _, s := range randomStrings(1, 20000, 14, pieces) {
		checkEmail(t, s)
	}
}

func TestContactLineIsTheExpression(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := isContactLine(s), exprContact.MatchString(s); got != want {
			t.Errorf("isContactLine(%q) = %v; the expression says %v", s, got, want)
		}
	}
	for _, s := range []string{
		"", "t", "t:", "t: 1", "T : +44", "Tel.: 020", "telephone: (0)", "PHONE:jane", "E-mail: <a@b>", "e-mail  .  x",
		"email:", "email: ", "Fax. 1", "fax- 1", "mob:  ", "Mobile:\t\u0345", "Cell: ß", "m.", "m. ,", "f: -1", "Telx: 1",
		"Tel\n:\n1", "e: é", "t:\xff", "teL.: 5", "E:MAIL", "te: 1", "ṫel: 1",
	} {
		check(s)
	}
	pieces := []string{"t", "T", "e", "l", "E", "mail", "-", "phone", "fax", "mob", "ile", "cell", "m", "f", ":", ".", " ", "\t",
		"+", "(", "<", "1", "x", "é", "\u0345", "\xff", ",", "ſ"}
	for _, s := range randomStrings(2, 20000, 8, pieces) {
		check(s)
	}
}

func TestImageFileNameIsTheExpression(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := isImageFileName(s), exprImage.MatchString(s); got != want {
			t.Errorf("isImageFileName(%q) = %v; the expression says %v", s, got, want)
		}
	}
	for _, s := range []string{
		"", ".jpg", "a.jpg", "a.JPG", "a.jpeg", "a.jpgx", "my photo (2).PNG", "a.tif", "a.tiff", "a.tifff", "a.ſvg", "a.Svg",
		"ſ.gif", "\u212a.gif", "a..png", "a b.webp", "a/b.png", "a\nb.png", "é.png", "a.png\n", "a.bmp ", "[x]'y',z.heic",
		strings.Repeat("a", 120) + ".gif", strings.Repeat("a", 121) + ".gif", strings.Repeat("a", 119) + "..gif", "a\xff.png",
	} {
		check(s)
	}
	pieces := []string{"a", "B", "_", "-", ".", ",", "(", ")", "[", "]", "'", " ", "/", "é", "ſ", "\u212a", ".jpg", ".JPEG",
		".png", ".gif", ".webp", ".svg", ".ſvg", ".bmp", ".tif", ".tiff", ".heic", "g", "f", "\xff"}
	for _, s := range randomStrings(3, 20000, 8, pieces) {
		check(s)
	}
	long := randomStrings(4, 300, 130, []string{"a", " ", ".", "é"})
	for _, s := range long {
		check(s + ".png")
	}
}

func FuzzHandMatchers(f *testing.F) {
	for _, s := range []string{"press@office.example", "Tel: +44 20", "photo.jpg", "a@b.c\u0345d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkEmail(t, s)
		if got, want := isContactLine(s), exprContact.MatchString(s); got != want {
			t.Errorf("isContactLine(%q) = %v; the expression says %v", s, got, want)
		}
		if got, want := isImageFileName(s), exprImage.MatchString(s); got != want {
			t.Errorf("isImageFileName(%q) = %v; the expression says %v", s, got, want)
		}
	})
}
