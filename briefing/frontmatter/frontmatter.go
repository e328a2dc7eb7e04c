// Package frontmatter reads the YAML block at the top of a text or Markdown file ("---" … "---")
// through goldmark-meta, keeping key order and the line where the block ends.
package frontmatter

import (
	"fmt"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	meta "github.com/yuin/goldmark-meta"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// parserWithMeta reads YAML front matter through goldmark-meta.
var parserWithMeta = goldmark.New(goldmark.WithExtensions(meta.Meta))

// FrontMatter is a YAML block at the top of a text or Markdown file.
type FrontMatter struct {
	Keys    []string          // in file order
	Values  map[string]string // values as text
	EndLine int               // the line of the closing "---"
}

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
			block := txt[:off] + "---\n"
			items, err := parseYAML(block)
			if err != nil {
				return fm, false, fmt.Sprintf("front matter (lines 1–%d) is not valid YAML (%v)", line, err)
			}
			fm = items
			fm.EndLine = line
			return fm, true, ""
		}
		off += len(l) + 1
		if line > 200 {
			break
		}
	}
	return fm, false, "front matter opened with '---' on line 1 is never closed"
}

func parseYAML(block string) (fm FrontMatter, err error) {
	defer func() {
		if r := recover(); r != nil { // yaml.v2 has panicked on hostile input before; never let it crash a load
			err = fmt.Errorf("%v", r)
		}
	}()
	ctx := parser.NewContext()
	parserWithMeta.Parser().Parse(text.NewReader([]byte(block)), parser.WithContext(ctx))
	items, err := meta.TryGetItems(ctx)
	if err != nil {
		return fm, err
	}
	fm.Values = map[string]string{}
	for _, it := range items {
		k := strings.ToLower(strings.TrimSpace(fmt.Sprint(it.Key)))
		if _, dup := fm.Values[k]; dup {
			continue
		}
		fm.Keys = append(fm.Keys, k)
		fm.Values[k] = yamlText(it.Value)
	}
	return fm, nil
}

func yamlText(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(x)
	case time.Time:
		return x.Format("2006-01-02")
	case []interface{}:
		parts := make([]string, 0, len(x))
		for _, p := range x {
			parts = append(parts, yamlText(p))
		}
		return strings.Join(parts, ", ")
	}
	return strings.TrimSpace(fmt.Sprint(v))
}

// First returns the first non-empty value among keys.
func (fm FrontMatter) First(keys ...string) string {
	for _, k := range keys {
		if v := fm.Values[k]; v != "" {
			return v
		}
	}
	return ""
}
