package clean

import (
	"strings"

	"github.com/briefpack/briefpack/briefing/lexicon"
)

// A scraper's header: the fields a clipping tool writes above the article ("## Information:",
// "+ Source: The Daily Record", "+ Author: Jane Roe", "## Article:"). It is metadata, like front
// matter: the metadata extractor reads it (HeaderField), the other extractors do not.

var reHeaderField = lazyRegexp(`^[+*-]\s+([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(\S.*)$`)

// headerKey returns the lower-case key of a header field line ("+ Author: Jane Roe" → "author"), or
// "" when the line is not one.
func headerKey(raw string) (key, value string) {
	t := strings.TrimSpace(raw)
	if len(t) < 4 || t[0] != '+' && t[0] != '*' && t[0] != '-' {
		return "", ""
	}
	m := reHeaderField().FindStringSubmatch(t)
	if m == nil {
		return "", ""
	}
	k := strings.ToLower(m[1])
	if !lexicon.HeaderKeys.Has(k) {
		return "", ""
	}
	return k, strings.TrimSpace(m[2])
}

// scraperHeader marks, near the top, a run of two or more header fields as metadata, with the short
// headings just above and below it ("## Information:", "## Article:").
func scraperHeader(res Result, feats []feature, raws func(int) string) {
	limit := min(len(res.Lines), 40)
	for i := 0; i < limit; i++ {
		if k, _ := headerKey(raws(i)); k == "" || res.Lines[i].Kind == Meta {
			continue
		}
		end := i
		for j := i + 1; j < len(res.Lines); j++ {
			if k, _ := headerKey(raws(j)); k == "" {
				break
			}
			end = j
		}
		if end == i {
			continue
		}
		for j := i; j <= end; j++ {
			res.Lines[j] = Line{Meta, ReasonHeader}
		}
		for _, j := range []int{prevNonBlank(res, i), nextNonBlank(res, end)} {
			if j >= 0 && res.Lines[j].Kind != Meta && feats[j].heading && feats[j].words <= 3 && strings.HasSuffix(feats[j].text, ":") {
				res.Lines[j] = Line{Meta, ReasonHeader}
			}
		}
		return
	}
}

// HeaderField returns the value of a scraper header field of src ("author", "source"), or "".
func (r Result) HeaderField(src interface{ Line(int) string }, key string) string {
	for i, l := range r.Lines {
		if l.Kind != Meta || l.Reason != ReasonHeader {
			continue
		}
		if k, v := headerKey(src.Line(i + 1)); k == key {
			return v
		}
	}
	return ""
}
