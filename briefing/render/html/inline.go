package html

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/briefpack/briefpack/briefing/pack"
)

// inlines renders the links and images of templates and user sections so the pack can reach
// nothing: a link is live only to http, https, mailto or a place in the page; an image only when it
// is inline data. Anything else becomes its text, and a warning says so.
type inlines struct {
	warnings []string
}

// RegisterFuncs implements renderer.NodeRenderer.
func (in *inlines) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindLink, in.link)
	reg.Register(ast.KindAutoLink, in.autoLink)
	reg.Register(ast.KindImage, in.image)
}

func (in *inlines) warn(format string, args ...any) {
	in.warnings = append(in.warnings, fmt.Sprintf(format, args...))
}

func (in *inlines) link(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	l := n.(*ast.Link)
	dest := string(l.Destination)
	safe := pack.SafeLink(dest) || strings.HasPrefix(dest, "#")
	if !safe {
		if entering {
			in.warn("link %q is not http, https or mailto; shown as its text without the link", dest)
		}
		return ast.WalkContinue, nil // the text only
	}
	if entering {
		fmt.Fprintf(w, "<a href=\"%s\"", esc(dest))
		if len(l.Title) > 0 {
			fmt.Fprintf(w, " title=\"%s\"", esc(string(l.Title)))
		}
		w.WriteString(">")
	} else {
		w.WriteString("</a>")
	}
	return ast.WalkContinue, nil
}

func (in *inlines) autoLink(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	l := n.(*ast.AutoLink)
	label := string(l.Label(src))
	u := string(l.URL(src))
	if l.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(u), "mailto:") {
		u = "mailto:" + u
	}
	if !pack.SafeLink(u) {
		in.warn("link %q is not http, https or mailto; shown as its text without the link", u)
		w.WriteString(esc(label))
		return ast.WalkSkipChildren, nil
	}
	fmt.Fprintf(w, "<a href=\"%s\">%s</a>", esc(u), esc(label))
	return ast.WalkSkipChildren, nil
}

// image keeps an inline data image; any other image (fetched when the page opens) becomes its text.
func (in *inlines) image(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	img := n.(*ast.Image)
	dest := string(img.Destination)
	alt := plain(img, src)
	if inlineImage(dest) {
		fmt.Fprintf(w, "<img src=\"%s\" alt=\"%s\">", esc(dest), esc(alt))
		return ast.WalkSkipChildren, nil
	}
	in.warn("image %q is not loaded (the pack never fetches anything); shown as its text %q", dest, alt)
	text := alt
	if text == "" {
		text = "image"
	}
	fmt.Fprintf(w, "<span class=\"image-text\">[%s]</span>", esc(text))
	return ast.WalkSkipChildren, nil
}

// inlineImage reports whether an image source is inline raster data (never SVG, which can carry
// script).
func inlineImage(dest string) bool {
	d := strings.ToLower(strings.TrimSpace(dest))
	for _, t := range []string{"data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"} {
		if strings.HasPrefix(d, t+";") || strings.HasPrefix(d, t+",") {
			return true
		}
	}
	return false
}

// plain is the text of a node's inline children.
func plain(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
		case *ast.String:
			b.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}
