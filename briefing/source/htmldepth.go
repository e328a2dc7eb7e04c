package source

import (
	"bytes"
	"fmt"

	"golang.org/x/net/html"
)

// MaxHTMLDepth is how deeply the elements of a saved page may nest. Real pages nest a few dozen levels;
// the main-text extraction costs grow faster than the depth (1,000 levels took a second, 6,000 half a
// minute), so a hostile page is refused before it is parsed.
const MaxHTMLDepth = 512

// impliedEnd are the elements whose end tag HTML lets a page leave out; an unclosed one does not nest
// what follows, so the scan does not count it.
var impliedEnd = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true, "option": true,
	"optgroup": true, "thead": true, "tbody": true, "tfoot": true, "colgroup": true, "caption": true,
	"rb": true, "rt": true, "rp": true, "rtc": true, "html": true, "head": true, "body": true,
}

// voidElements never have content.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
	"param": true, "keygen": true, "frame": true, "basefont": true, "isindex": true,
}

// checkHTMLDepth scans the page's tags (a tokenizer pass, linear in the size) and refuses a page whose
// elements nest deeper than MaxHTMLDepth.
func checkHTMLDepth(page []byte) error {
	z := html.NewTokenizer(bytes.NewReader(page))
	depth, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken: // the end, or broken markup the parser will report
			return nil
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] || impliedEnd[string(name)] {
				continue
			}
			depth++
			if depth > deepest {
				deepest = depth
			}
			if deepest > MaxHTMLDepth {
				return fmt.Errorf("elements nested more than %d deep (a real page nests a few dozen); briefpack does not read a page built like this", MaxHTMLDepth)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] && !impliedEnd[string(name)] && depth > 0 {
				depth--
			}
		}
	}
}
