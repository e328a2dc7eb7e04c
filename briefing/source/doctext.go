package source

import (
	"errors"
	"strconv"
	"strings"

	"github.com/briefpack/briefpack/briefing"
)

// docText collects the blocks of a word-processor document (Word, OpenDocument) as the lines of a
// source: one paragraph, heading, list item or table row per line, headings as Markdown "#" lines so
// the rest of the engine sees the structure, and footnotes at the end under a "Notes" heading.
type docText struct {
	lines []string
	notes []string // footnote texts, numbered in the order they are cited
}

// clean collapses white space; "" for a block with no text.
func cleanBlock(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// add writes a block: each of its lines (a soft line break starts a new one) with prefix.
func (d *docText) add(prefix, text string) {
	for _, l := range strings.Split(text, "\n") {
		if l = cleanBlock(l); l != "" {
			d.lines = append(d.lines, prefix+l)
			prefix = "" // continuation lines carry no mark
		}
	}
}

// heading writes a heading of level 1–6 as a Markdown heading.
func (d *docText) heading(level int, text string) {
	level = min(max(level, 1), 6)
	d.add(strings.Repeat("#", level)+" ", strings.ReplaceAll(text, "\n", " "))
}

// paragraph writes a body paragraph.
func (d *docText) paragraph(text string) { d.add("", text) }

// item writes a list item, indented two spaces a level.
func (d *docText) item(level int, text string) {
	d.add(strings.Repeat("  ", min(max(level, 0), 8))+"- ", text)
}

// row writes a table row as a Markdown table row; an empty row is left out.
func (d *docText) row(cells []string) {
	var parts []string
	empty := true
	for _, c := range cells {
		c = cleanBlock(strings.ReplaceAll(c, "|", "/"))
		if c != "" {
			empty = false
		}
		parts = append(parts, c)
	}
	if !empty {
		d.lines = append(d.lines, "| "+strings.Join(parts, " | ")+" |")
	}
}

// note adds a footnote's text and returns its citation mark ("[1]").
func (d *docText) note(text string) string {
	d.notes = append(d.notes, cleanBlock(text))
	return "[" + strconv.Itoa(len(d.notes)) + "]"
}

// finish sets the source text; a document without text is an error.
func (d *docText) finish(src *briefing.Source) error {
	lines := d.lines
	if len(d.notes) > 0 {
		lines = append(lines, "## Notes")
		for i, n := range d.notes {
			lines = append(lines, "["+strconv.Itoa(i+1)+"] "+n)
		}
	}
	if len(d.lines) == 0 {
		return errors.New("the document has no text")
	}
	src.SetText(strings.Join(lines, "\n") + "\n")
	return nil
}
