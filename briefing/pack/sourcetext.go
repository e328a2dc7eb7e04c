package pack

import (
	"net/url"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
)

// sourceText is one source's article text (no front matter, no furniture) split into sentences, for
// what the pack reads itself: the sentence before a passage, the people named near a signing, the
// sentences the key points are chosen from.
type sourceText struct {
	x     *briefing.Extraction
	sents []sentence
	kind  sourceKind
	folds []string // each sentence folded
	// internal: the source is the preparer's side's own note (internalMarks), whatever its kind
	internal bool
}

// sentence is one sentence of a source: byte offsets into the source text, its paragraph and line.
type sentence struct {
	start, end int
	block      int
	line       int
}

// sourceKind says how official a source's wording is: a release or statement leads over news, news
// over a social post.
type sourceKind int

const (
	kindSocial sourceKind = iota
	kindNews
	kindOfficial
)

func (k sourceKind) String() string {
	switch k {
	case kindOfficial:
		return "official release or statement"
	case kindSocial:
		return "social post"
	}
	return "news"
}

func newSourceText(x *briefing.Extraction) *sourceText {
	src := x.Source
	furniture := map[int]bool{}
	for _, l := range x.Furniture {
		furniture[l] = true
	}
	keep := func(line int) bool { return line > src.FrontMatterEnd && !furniture[line] }
	t := &sourceText{x: x}
	t.kind = t.kindOf()
	t.internal = isInternalNote(src)
	for bi, b := range prose.Blocks(src, keep) {
		for _, sp := range prose.Sentences(b.Text) {
			start := b.Start + sp.Start
			t.sents = append(t.sents, sentence{start: start, end: b.Start + sp.End, block: bi, line: src.LineAt(start)})
		}
	}
	// everything a sourceText holds is computed here, so once built it is only read (the ranking
	// reads it on another goroutine)
	t.folds = make([]string, len(t.sents))
	for k := range t.sents {
		t.folds[k] = prose.Fold(t.text(k))
	}
	return t
}

// foldedSent returns sentence i folded.
func (t *sourceText) foldedSent(i int) string { return t.folds[i] }

// text returns sentence i's exact words.
func (t *sourceText) text(i int) string { return t.x.Source.Text[t.sents[i].start:t.sents[i].end] }

// citation cites sentence i.
func (t *sourceText) citation(i int) briefing.Citation {
	return briefing.Citation{Source: t.x.Source.ID, Line: t.sents[i].line, Text: t.text(i)}
}

// at returns the sentence holding byte offset off, or -1.
func (t *sourceText) at(off int) int {
	for i, s := range t.sents {
		if off >= s.start && off < s.end {
			return i
		}
		if s.start > off {
			break
		}
	}
	return -1
}

// find returns the sentence where evidence (an exact substring of the source, starting on line)
// starts, or -1.
func (t *sourceText) find(evidence string, line int) int {
	if evidence == "" {
		return -1
	}
	text := t.x.Source.Text
	from := t.x.Source.LineStart(line)
	if from > len(text) {
		return -1
	}
	off := strings.Index(text[from:], evidence)
	if off < 0 {
		if off = strings.Index(text, evidence); off < 0 {
			return -1
		}
		return t.at(off)
	}
	return t.at(from + off)
}

// before returns the sentence before i in the same paragraph, or -1.
func (t *sourceText) before(i int) int {
	if i > 0 && t.sents[i-1].block == t.sents[i].block {
		return i - 1
	}
	return -1
}

// previous returns the sentence before i in the text — the last of the paragraph before when i opens
// its own — or -1.
func (t *sourceText) previous(i int) int {
	if i > 0 {
		return i - 1
	}
	return -1
}

// texts returns the sourceText of each extraction, built once per pack, on as many goroutines as
// there are cores (each source alone).
func (p *Pack) texts() map[string]*sourceText {
	if p.srcText != nil {
		return p.srcText
	}
	built := make([]*sourceText, len(p.Extractions))
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(p.Extractions))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(p.Extractions); i += workers {
				built[i] = newSourceText(p.Extractions[i])
			}
		}(w)
	}
	wg.Wait()
	p.srcText = map[string]*sourceText{}
	for i, x := range p.Extractions {
		p.srcText[x.Source.ID] = built[i]
	}
	return p.srcText
}

// kindOf tells an official release or statement (an official web address or publisher, the marks
// of a release in its text) from news.
func (t *sourceText) kindOf() sourceKind {
	src := t.x.Source
	if u, err := url.Parse(src.URL); err == nil && u.Host != "" {
		host := strings.ToLower(u.Hostname())
		for _, h := range officialHosts {
			if strings.HasSuffix(host, h) || strings.Contains(host, h+".") {
				return kindOfficial
			}
		}
	}
	for _, w := range strings.Fields(prose.Fold(src.Publisher)) {
		if officialWords[w] {
			return kindOfficial
		}
	}
	lowered := lowerASCII(src.Text)
	for _, ph := range officialPhrases {
		if containsFold(lowered, ph) {
			return kindOfficial
		}
	}
	return kindNews
}

// isInternalNote reports whether a source says at its head, in its title or first lines, that it is
// an internal note (internalMarks); "embargo" anywhere there makes it a release instead.
func isInternalNote(src *briefing.Source) bool {
	head := src.Text
	if src.FrontMatterEnd > 0 {
		head = head[min(len(head), src.LineStart(src.FrontMatterEnd+1)):]
	}
	head = lowerASCII(src.Title + "\n" + head[:min(len(head), internalOpening)])
	if containsFold(head, "embargo") || containsFold(head, "embargoed") {
		return false
	}
	for _, m := range internalMarks {
		if containsFold(head, m) {
			return true
		}
	}
	return false
}

// lowerASCII returns text with its ASCII capitals lowered and every other byte as it is: the same
// length and offsets, for containsFold.
func lowerASCII(text string) string {
	b := []byte(text)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// containsFold reports whether a text contains the lower-case ASCII phrase, ignoring case, as whole
// words. It takes the text lowered (lowerASCII), once for all the phrases looked for in it, and
// finds the phrase with strings.Index: searching each phrase byte by byte, folding as it went, cost
// more than anything else the pack reads in a source.
func containsFold(lowered, phrase string) bool {
	n := len(phrase)
	for i := 0; ; {
		k := strings.Index(lowered[i:], phrase)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || !isWordByte(lowered[k-1])) && (k+n == len(lowered) || !isWordByte(lowered[k+n])) {
			return true
		}
		i = k + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// opensWithReference reports whether a sentence leans on the one before ("Since then, …", "It …").
func opensWithReference(s string) bool { return foldedOpensWithReference(prose.Fold(s)) }

// foldedOpensWithReference is opensWithReference for a sentence already folded.
func foldedOpensWithReference(f string) bool {
	for _, o := range referringOpeners {
		if strings.HasPrefix(f, o) && (len(f) == len(o) || f[len(o)] == ' ') {
			return true
		}
	}
	return false
}

// containsWords reports whether the folded phrase occurs in folded text as whole words.
func containsWords(foldedText, foldedPhrase string) bool {
	return strings.Contains(" "+foldedText+" ", " "+foldedPhrase+" ")
}

// sortStableBy sorts indices stably by less.
func sortStableBy(idx []int, less func(a, b int) bool) {
	sort.SliceStable(idx, func(i, j int) bool { return less(idx[i], idx[j]) })
}
