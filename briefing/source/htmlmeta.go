package source

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// The metadata of a saved page beyond what go-trafilatura gives: the headline, cleaned of the site's
// name, and the author, cleaned of repeats and of the site's own name.

// titleSeparators split a page title into the headline and the site's or section's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " : "}

// pageTitle chooses the page's headline. The first <h1> wins when a title names it (the title is the
// headline plus the site's name, or the two agree once the name is cut); otherwise the metadata title
// (og:title or <title>) with the site's name, the author's or a domain cut from either end. Some
// pages give og:title the site's name alone, so <title> is asked too.
func pageTitle(metaTitle, titleTag, h1, site, author string) string {
	for _, t := range []string{metaTitle, titleTag} {
		if t == "" || h1 == "" {
			continue
		}
		cut := cutSiteName(t, site, author)
		if strings.EqualFold(cut, h1) || strings.Contains(strings.ToLower(t), strings.ToLower(h1)) && 2*len(h1) >= len(t) {
			return h1
		}
	}
	if metaTitle == "" {
		metaTitle = titleTag
	}
	return cutSiteName(metaTitle, site, author)
}

// cutSiteName removes from either end of a title the parts that name the site, the author or a web
// address ("Ferry fares to rise | The Island Times" → "Ferry fares to rise").
func cutSiteName(title, site, author string) string {
	for changed := true; changed; {
		changed = false
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(title, sep); i > 0 && namesSite(title[i+len(sep):], site, author) {
				title, changed = strings.TrimSpace(title[:i]), true
			}
			if i := strings.Index(title, sep); i > 0 && namesSite(title[:i], site, author) {
				title, changed = strings.TrimSpace(title[i+len(sep):]), true
			}
		}
	}
	return title
}

// namesSite: part is the site's name (or contains it, or is contained in it), the author's name, or a
// domain ("Example.com").
func namesSite(part, site, author string) bool {
	p := foldName(part)
	if p == "" || len(strings.Fields(p)) > 6 {
		return false
	}
	for _, n := range []string{site, author} {
		if n := foldName(n); n != "" && (p == n || strings.Contains(p, n) || strings.Contains(n, p) && len(p) >= 3) {
			return true
		}
	}
	return !strings.Contains(part, " ") && strings.Contains(part, ".") && strings.IndexFunc(part, unicode.IsLetter) >= 0
}

// foldName lower-cases a name and drops a leading "the" and punctuation, for comparing site names.
func foldName(s string) string {
	s = strings.ToLower(strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " "))
	return strings.TrimPrefix(s, "the ")
}

// firstText returns the text of the first element named tag that holds at least two words, white
// space squeezed; "" when there is none.
func firstText(n *html.Node, tag string) string {
	if n.Type == html.ElementNode && n.Data == tag {
		if t := strings.Join(strings.Fields(nodeText(n)), " "); strings.Count(t, " ") >= 1 {
			return t
		}
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := firstText(c, tag); t != "" {
			return t
		}
	}
	return ""
}

// nodeText is the text under n, a space between elements ("caption<span>Credit</span>" reads
// "caption Credit"); scripts and styles are left out.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
			return
		case n.Type == html.ElementNode:
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// pageAuthor cleans the author go-trafilatura found: one name per person ("Jane Roe; JANE ROE" →
// "Jane Roe"), names set in capitals in title case, and no author when it is only the site's name.
func pageAuthor(author, site string) string {
	var names []string
	seen := map[string]bool{}
	for _, n := range strings.FieldsFunc(author, func(r rune) bool { return r == ';' || r == '|' }) {
		n = strings.TrimSpace(n)
		if strings.ToUpper(n) == n {
			n = cases.Title(language.English).String(strings.ToLower(n))
		}
		key := foldName(n)
		if key == "" || seen[key] || site != "" && key == foldName(site) {
			continue
		}
		seen[key] = true
		names = append(names, n)
	}
	return strings.Join(names, ", ")
}

// keepCaptions replaces every <figure> that has a <figcaption> with a paragraph of the caption's text,
// so the caption stays in the article where the figure was: go-trafilatura removes figures whole, and
// a caption says what a picture shows, often with a name or a date the text does not repeat.
func keepCaptions(doc *html.Node) {
	var figures []*html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "figure" {
			figures = append(figures, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	for _, fig := range figures {
		capNode := findElement(fig, "figcaption")
		if capNode == nil || fig.Parent == nil || outsideArticle(fig) || onlyLinks(capNode) {
			continue
		}
		text := strings.Join(strings.Fields(nodeText(capNode)), " ")
		if text == "" {
			continue
		}
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: text})
		fig.Parent.InsertBefore(p, fig)
		fig.Parent.RemoveChild(fig)
	}
}

// outsideArticle: the figure sits in the page's furniture — an aside, navigation, header or footer,
// or a block whose class or id names other stories, promotions or sharing — where its caption is a
// teaser, not a caption.
func outsideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.Data {
		case "aside", "nav", "header", "footer":
			return true
		}
		for _, a := range p.Attr {
			if a.Key != "class" && a.Key != "id" {
				continue
			}
			v := strings.ToLower(a.Val)
			for _, w := range furnitureBlockNames {
				if strings.Contains(v, w) {
					return true
				}
			}
		}
	}
	return false
}

// furnitureBlockNames are words of the class or id of a page block that holds other stories,
// promotions or sharing tools.
var furnitureBlockNames = []string{"related", "promo", "recommend", "teaser", "trending", "popular", "outbrain",
	"taboola", "sidebar", "rail", "footer", "share", "social", "newsletter", "more-stories", "most-read"}

// onlyLinks: every word of n is inside a link (a headline pointing elsewhere, not a caption).
func onlyLinks(n *html.Node) bool {
	var text, linked strings.Builder
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			text.WriteString(strings.TrimSpace(n.Data))
			if inLink {
				linked.WriteString(strings.TrimSpace(n.Data))
			}
			return
		}
		inLink = inLink || n.Type == html.ElementNode && n.Data == "a"
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return text.Len() > 0 && linked.Len() == text.Len()
}

// findElement returns the first element named tag under n, or nil.
func findElement(n *html.Node, tag string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == tag {
			return c
		}
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}
