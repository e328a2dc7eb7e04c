package pack

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles a regular expression on first use rather than at program start: every
// command-line run pays for package initialisation, and most runs need only a few of them.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
