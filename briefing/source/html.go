package source

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// blockTags are the elements of trafilatura's output that start a new line of text.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "tr": true, "table": true, "ul": true, "ol": true,
	"dl": true, "dt": true, "dd": true, "figcaption": true, "section": true, "article": true,
	"header": true, "footer": true, "head": true, "list": true, "item": true, "quote": true, "body": true,
}

// decodeHTML decodes a page to UTF-8. A byte-order mark decides; otherwise a page whose bytes are all
// valid UTF-8 is UTF-8, whatever its <meta> says (x/net's sniffer looks only at the first kilobyte,
// where a saved page seldom has an accented letter, and falls back to Windows-1252; a page in a
// single-byte charset with letters beyond ASCII is almost never valid UTF-8 by chance). Anything else
// is read in the charset the page declares, else Windows-1252, as browsers do.
func decodeHTML(b []byte) ([]byte, string, error) {
	enc, encName, certain := charset.DetermineEncoding(b, "text/html")
	if encName != "utf-8" && !certain && utf8.Valid(b) {
		return b, "utf-8", nil
	}
	utf, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, encName, errors.New("the page's text could not be decoded as " + encName)
	}
	return utf, encName, nil
}

// extractionOptions are go-trafilatura's settings for saved pages, chosen on real saved news pages
// (see ARCHITECTURE.md): precision first, which drops the link-dense blocks (related headlines, "Read
// the full transcript") that the balanced focus keeps and lost no article text there; the Readability
// and Dom Distiller fallbacks for pages its own rules read badly; comments left out; tables kept
// (figures in a table are article text); the publication date from the page's metadata and a quick
// scan, not the slow multilingual one.
var extractionOptions = func() trafilatura.Options {
	return trafilatura.Options{
		Focus:           trafilatura.FavorPrecision,
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	}
}

// loadHTML reads a saved web page: go-trafilatura finds the main text and the page's metadata.
// The Source text is that main text, one block (paragraph, heading, list item) per line.
func loadHTML(src *briefing.Source, b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return ErrEmpty
	}
	for _, m := range magic {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			return errors.New("binary file: this is " + m.name + ", not a web page")
		}
	}
	if bytes.IndexByte(b, 0) >= 0 && !bytes.HasPrefix(b, []byte("\xff\xfe")) && !bytes.HasPrefix(b, []byte("\xfe\xff")) {
		return errors.New("binary file: it contains NUL bytes, so it is not a web page")
	}
	utf, encName, err := decodeHTML(b)
	if err != nil {
		return err
	}
	if encName != "utf-8" && !utf8.Valid(b) {
		src.Warn("not valid UTF-8; read as " + encName)
	}
	if err := checkHTMLDepth(utf); err != nil { // before parsing: deep nesting costs minutes
		return err
	}
	doc, err := html.Parse(bytes.NewReader(utf))
	if err != nil {
		return errors.New("not readable as HTML: " + err.Error())
	}
	titleTag, h1 := firstText(doc, "title"), firstText(doc, "h1") // before trafilatura edits the tree
	keepCaptions(doc)
	res, err := trafilatura.ExtractDocument(doc, extractionOptions())
	var lines []string
	if err == nil && res != nil && res.ContentNode != nil {
		lines = blockLines(res.ContentNode)
	}
	if len(lines) == 0 { // go-trafilatura found no article: the page's visible text, for the cleaner to judge
		if lines = wholePage(utf); len(lines) == 0 {
			return errors.New("no article text found in this web page")
		}
		src.Warn("no article found in the page's layout; read its whole text, with the page's furniture judged line by line")
	}
	var md trafilatura.Metadata
	if res != nil {
		md = res.Metadata
	}
	setPageMetadata(src, md, lines, titleTag, h1)
	return nil
}

// wholePage is the visible text of a page's body, one block per line, without scripts, styles,
// forms and the navigation, header and footer blocks.
func wholePage(utf []byte) []string {
	doc, err := html.Parse(bytes.NewReader(utf))
	if err != nil {
		return nil
	}
	body := findElement(doc, "body")
	if body == nil {
		return nil
	}
	var prune func(n *html.Node)
	prune = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.CommentNode || c.Type == html.ElementNode && unseenTags[c.Data] {
				n.RemoveChild(c)
			} else {
				prune(c)
			}
			c = next
		}
	}
	prune(body)
	return blockLines(body)
}

// unseenTags are the elements whose text is no part of what a reader of the page reads as its text.
var unseenTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"nav": true, "header": true, "footer": true, "form": true, "button": true, "select": true, "iframe": true}

// blockLines is the text of trafilatura's output, one block (paragraph, heading, list item, caption)
// per line, white space squeezed.
func blockLines(content *html.Node) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			lines = append(lines, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "br" {
				flush()
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(content)
	flush()
	return lines
}

// setPageMetadata sets the source's text (the headline first, so it can be cited) and its metadata
// from the page's: the headline, the author (cleaned), the site's name as publisher, the address and
// the date.
func setPageMetadata(src *briefing.Source, md trafilatura.Metadata, lines []string, titleTag, h1 string) {
	valid := func(s string) string { return strings.ToValidUTF8(strings.TrimSpace(s), "\uFFFD") }
	site := valid(md.Sitename)
	author := pageAuthor(valid(md.Author), site)
	title := valid(pageTitle(md.Title, titleTag, h1, site, author))
	if title != "" && lines[0] != title {
		lines = append([]string{title}, lines...)
	}
	src.SetText(strings.ToValidUTF8(strings.Join(lines, "\n")+"\n", "\uFFFD"))
	src.Title = title
	src.Author = author
	if author != "" {
		src.AuthorFrom = "page metadata"
	}
	src.Publisher = site
	src.URL = md.URL
	if !md.Date.IsZero() {
		src.Published = briefing.FromTime(md.Date)
		src.PublishedFrom = "page metadata"
	}
}
