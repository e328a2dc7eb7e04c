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
	enc, encName, _ := charset.DetermineEncoding(b, "text/html")
	utf, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return errors.New("the page's text could not be decoded as " + encName)
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
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	})
	if err != nil || res == nil || res.ContentNode == nil {
		return errors.New("no article text found in this web page")
	}
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
	walk(res.ContentNode)
	flush()
	if len(lines) == 0 {
		return errors.New("no article text found in this web page")
	}
	md := res.Metadata
	title := strings.ToValidUTF8(strings.TrimSpace(md.Title), "\uFFFD")
	if title != "" && (len(lines) == 0 || lines[0] != title) {
		lines = append([]string{title}, lines...) // keep the headline in the text so it can be cited
	}
	src.SetText(strings.ToValidUTF8(strings.Join(lines, "\n")+"\n", "\uFFFD"))
	src.Title = title
	src.Author = strings.ToValidUTF8(strings.TrimSpace(md.Author), "\uFFFD")
	src.Publisher = strings.ToValidUTF8(strings.TrimSpace(md.Sitename), "\uFFFD")
	src.URL = md.URL
	if !md.Date.IsZero() {
		src.Published = briefing.FromTime(md.Date)
		src.PublishedFrom = "page metadata"
	}
	return nil
}
