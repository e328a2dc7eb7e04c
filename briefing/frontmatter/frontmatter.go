// Package frontmatter reads the YAML block at the top of a text or Markdown file ("---" … "---")
// through yaml.v3's node tree, keeping key order, the line of every key and the line where the block
// ends.
//
// Values are read as the text written (YAML 1.2's core schema, no implicit typing behind the user's
// back): `publisher: NO` is "NO", `title: 012345` is "012345", `title: 0x1F` is "0x1F" and a date is the
// date as written. A list of plain values reads as its items joined by ", "; a mapping has no text.
// Want says which of the fields a reader expects as text have another shape.
package frontmatter

import (
	"errors"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// Shape is the YAML shape of a value.
type Shape uint8

// Shapes of values.
const (
	Scalar  Shape = iota // plain text, a number, a date, true/false: all read as the text written
	List                 // a sequence
	Mapping              // key: value pairs
)

func (s Shape) String() string {
	switch s {
	case List:
		return "a list"
	case Mapping:
		return "a mapping (key: value pairs)"
	}
	return "text"
}

// FrontMatter is a YAML block at the top of a text or Markdown file.
type FrontMatter struct {
	Keys    []string          // lower-cased, in file order, each once
	Values  map[string]string // values as text ("" for a mapping or null)
	Shapes  map[string]Shape
	Lines   map[string]int // the file line of each key
	EndLine int            // the line of the closing "---"
}

// maxLines bounds the search for the closing line: front matter is a few lines of metadata.
const maxLines = 200

// Split finds a front-matter block ("---" on line 1, closed by "---" or "...") and parses it. ok is
// false when the text has none. A block that is never closed or is not valid YAML comes back as a
// problem (naming the lines), and the text should be read as if it had no front matter.
func Split(txt string) (fm FrontMatter, ok bool, problem string) {
	first, rest, found := strings.Cut(txt, "\n")
	if strings.TrimRight(first, " \t\r") != "---" || !found {
		return fm, false, ""
	}
	line := 1
	off := len(first) + 1
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		line++
		if t := strings.TrimRight(l, " \t\r"); t == "---" || t == "..." {
			items, err := parseYAML(txt[len(first)+1 : off])
			if err != nil {
				return fm, false, fmt.Sprintf("front matter (lines 1–%d) is not valid YAML (%v)", line, err)
			}
			items.EndLine = line
			return items, true, ""
		}
		off += len(l) + 1
		if line > maxLines {
			break
		}
	}
	return fm, false, "front matter opened with '---' on line 1 is never closed"
}

// parseYAML reads the block's lines (from file line 2) as a mapping of fields.
func parseYAML(block string) (fm FrontMatter, err error) {
	defer func() {
		if r := recover(); r != nil { // a YAML library must never crash a load
			err = fmt.Errorf("%v", r)
		}
	}()
	fm = FrontMatter{Values: map[string]string{}, Shapes: map[string]Shape{}, Lines: map[string]int{}}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(strings.ReplaceAll(block, "\r\n", "\n")), &doc); err != nil {
		return fm, errors.New(strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 { // an empty block
		return fm, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return fm, errors.New("it is not a list of `key: value` fields")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], resolve(root.Content[i+1])
		k := strings.ToLower(strings.TrimSpace(key.Value))
		if _, dup := fm.Values[k]; dup {
			continue
		}
		fm.Keys = append(fm.Keys, k)
		fm.Lines[k] = key.Line + 1 // the block starts on the file's line 2
		fm.Shapes[k], fm.Values[k] = text(val)
	}
	return fm, nil
}

// resolve follows an alias to the node it names (aliases of aliases a few deep at most).
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; i < 8 && n.Kind == yaml.AliasNode && n.Alias != nil; i++ {
		n = n.Alias
	}
	return n
}

// text is a value as the text written: a scalar's own characters, a list's plain items joined by ", ".
func text(n *yaml.Node) (Shape, string) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return Scalar, ""
		}
		return Scalar, strings.TrimSpace(n.Value)
	case yaml.SequenceNode:
		parts := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			if c = resolve(c); c.Kind == yaml.ScalarNode && c.Tag != "!!null" {
				parts = append(parts, strings.TrimSpace(c.Value))
			}
		}
		return List, strings.Join(parts, ", ")
	}
	return Mapping, ""
}

// First returns the first non-empty text value among keys; lists and mappings are skipped (see Want).
func (fm FrontMatter) First(keys ...string) string {
	for _, k := range keys {
		if v := fm.Values[k]; v != "" && fm.Shapes[k] == Scalar {
			return v
		}
	}
	return ""
}

// Want returns a warning for each of keys present with another shape than text, naming the field and
// its line: "front matter line 3: title is a mapping (key: value pairs), not text; it is not used".
func (fm FrontMatter) Want(keys ...string) []string {
	var out []string
	for _, k := range keys {
		if s, ok := fm.Shapes[k]; ok && s != Scalar {
			out = append(out, fmt.Sprintf("front matter line %d: %s is %s, not text; it is not used", fm.Lines[k], k, s))
		}
	}
	return out
}
