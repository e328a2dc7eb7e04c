package extract

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// decodeThemeFile reads a theme file's YAML into f, checking every field's shape itself so that an
// error names the field and its line in the user's words ("line 4: phrases must be a list of phrases,
// not a number") rather than the decoder's ("cannot unmarshal !!int into []string").
func decodeThemeFile(b []byte, f *ThemeFile) error {
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return fmt.Errorf("not readable as YAML: %v", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(root.Content) == 0 {
		return nil // an empty file changes nothing
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: the file must start with \"themes:\", a list of themes", doc.Line)
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key, val := doc.Content[i], doc.Content[i+1]
		if key.Value != "themes" {
			return fmt.Errorf("line %d: unknown field %q (a theme file has only \"themes\")", key.Line, key.Value)
		}
		if val.Kind != yaml.SequenceNode {
			return fmt.Errorf("line %d: themes must be a list of themes (each starting \"- id: …\"), not %s", val.Line, shapeOf(val))
		}
		for _, item := range val.Content {
			t, err := decodeTheme(item)
			if err != nil {
				return err
			}
			f.Themes = append(f.Themes, t)
		}
	}
	return nil
}

// decodeTheme reads one theme of a theme file.
func decodeTheme(n *yaml.Node) (themeEntry, error) {
	var t themeEntry
	if n.Kind != yaml.MappingNode {
		return t, fmt.Errorf("line %d: a theme must have fields (id, name, phrases, add, remove), not be %s", n.Line, shapeOf(n))
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		var err error
		switch key.Value {
		case "id":
			t.ID, err = textField(key.Value, val)
		case "name":
			t.Name, err = textField(key.Value, val)
		case "phrases":
			t.Phrases, err = phraseList(key.Value, val)
			t.hasPhrases = true
		case "add":
			t.Add, err = phraseList(key.Value, val)
		case "remove":
			t.Remove, err = phraseList(key.Value, val)
		default:
			err = fmt.Errorf("line %d: unknown field %q (a theme has id, name, phrases, add and remove)", key.Line, key.Value)
		}
		if err != nil {
			return t, err
		}
	}
	return t, nil
}

func textField(name string, n *yaml.Node) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", fmt.Errorf("line %d: %s must be text, not %s", n.Line, name, shapeOf(n))
	}
	return n.Value, nil // the text as written: "NO" stays "NO"
}

func phraseList(name string, n *yaml.Node) ([]string, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("line %d: %s must be a list of phrases, e.g. [cloud, hosting], not %s", n.Line, name, shapeOf(n))
	}
	out := []string{}
	for _, p := range n.Content {
		if p.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("line %d: each of %s must be a phrase (text), not %s", p.Line, name, shapeOf(p))
		}
		out = append(out, p.Value)
	}
	return out, nil
}

// shapeOf names a YAML value's shape for a message.
func shapeOf(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a set of fields"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!int", "!!float":
			return "a number"
		case "!!bool":
			return "yes/no"
		case "!!null":
			return "empty"
		}
		return fmt.Sprintf("the text %q", n.Value)
	}
	return "something else"
}
