package pack

import (
	"fmt"
	"strings"
)

// MaxNesting is the deepest nesting of lists and block quotes read in templates and user sections.
// Goldmark's cost grows with the square of the nesting (1,000 levels take seconds, 3,000 minutes);
// no brief needs more than a handful.
const MaxNesting = 100

// CheckNesting refuses Markdown nested deeper than MaxNesting, before it is parsed: it counts, for
// each line, the block quote and list markers it opens and its indentation (two columns a level).
// The error names the line.
func CheckNesting(md string) error {
	line := 0
	for len(md) > 0 {
		line++
		l := md
		if i := strings.IndexByte(md, '\n'); i >= 0 {
			l, md = md[:i], md[i+1:]
		} else {
			md = ""
		}
		if d := nestingOf(l); d > MaxNesting {
			return &NestingError{Line: line, Depth: d}
		}
	}
	return nil
}

// NestingError is Markdown nested too deeply to read: the line and how deep.
type NestingError struct {
	Line, Depth int
}

func (e *NestingError) Error() string {
	return fmt.Sprintf("line %d: lists or quotes nested %d levels deep (at most %d are read)", e.Line, e.Depth, MaxNesting)
}

// nestingOf estimates how many containers a line sits in.
func nestingOf(l string) int {
	cols, markers := 0, 0
	i := 0
	for i < len(l) {
		switch c := l[i]; {
		case c == ' ':
			cols++
			i++
		case c == '\t':
			cols += 4 - cols%4
			i++
		case c == '>':
			markers++
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(l) && (l[i+1] == ' ' || l[i+1] == '\t'):
			markers++
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 9 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j+1 < len(l) && (l[j] == '.' || l[j] == ')') && (l[j+1] == ' ' || l[j+1] == '\t') {
				markers++
				i = j + 1
				continue
			}
			return markers + cols/2
		default:
			return markers + cols/2
		}
	}
	return markers + cols/2
}
