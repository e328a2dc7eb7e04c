package source

import (
	"strings"
	"testing"
)

// TestStdin: "-" reads one source from Stdin, named (and so typed) by StdinName; a second "-" is an
// error naming it, and the rest still loads.
func TestStdin(t *testing.T) {
	oldIn, oldName := Stdin, StdinName
	defer func() { Stdin, StdinName = oldIn, oldName }()
	Stdin = strings.NewReader("---\ntitle: Pasted note\n---\nThe councils met on 3 June 2024.\n")
	srcs, errs := LoadAll([]string{"-", "-"})
	if len(srcs) != 1 || srcs[0].File != "stdin.md" || srcs[0].Title != "Pasted note" || srcs[0].Format != "markdown" {
		t.Fatalf("sources %+v", srcs)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "only once") {
		t.Errorf("errors %v", errs)
	}
	Stdin, StdinName = strings.NewReader("From: a@example.org\r\nSubject: Piped\r\n\r\nBody on 3 June 2024.\r\n"), "piped.eml"
	srcs, errs = LoadAll([]string{"-"})
	if len(srcs) != 1 || srcs[0].Format != "email" || srcs[0].Title != "Piped" || len(errs) != 0 {
		t.Errorf("with --stdin-name piped.eml: %+v %v", srcs, errs)
	}
}
