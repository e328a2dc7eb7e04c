package atomicfile

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Temporary files are named ".NAME.PID-RANDOM.tmp" beside the file NAME they will replace, so that a
// later write can tell one whose writer died (killed mid-write) from one being written now.

// staleAge is how old a temporary file of our naming without a process id (an older version's) must
// be before it is taken for a leftover.
const staleAge = 10 * time.Minute

func tempPattern(base string) string {
	return "." + base + "." + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// CleanStale removes, in dir, the temporary files of our own naming that writes of the file named
// base left behind: those whose writing process is gone, and older unnamed ones. It never touches
// anything else, and reports nothing: a file it cannot remove is left as it is.
func CleanStale(dir, base string) {
	matches, _ := filepath.Glob(filepath.Join(dir, "."+globEscape(base)+".*.tmp"))
	for _, m := range matches {
		if isStale(m, base) {
			os.Remove(m)
		}
	}
}

// CleanStaleIn removes the leftover temporary files of every file in dir (see CleanStale).
func CleanStaleIn(dir string) {
	matches, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	for _, m := range matches {
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(m), "."), ".tmp")
		if i := strings.LastIndexByte(name, '.'); i > 0 && isStale(m, name[:i]) {
			os.Remove(m)
		}
	}
}

// isStale reports whether the temporary file path (for the file base) is a leftover.
func isStale(path, base string) bool {
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	middle := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(path), "."+base+"."), ".tmp")
	if pid, _, ok := strings.Cut(middle, "-"); ok {
		if n, err := strconv.Atoi(pid); err == nil && n > 0 && n != os.Getpid() && !processAlive(n) {
			return true
		}
	}
	return time.Since(fi.ModTime()) > staleAge // no write takes this long
}

// globEscape escapes the characters filepath.Match treats specially.
func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`)
	return r.Replace(s)
}
