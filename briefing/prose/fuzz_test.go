package prose

import (
	"fmt"
	"testing"

	"github.com/briefpack/briefpack/internal/testshared"
)

func FuzzTokenizeAndSplit(f *testing.F) {
	for _, b := range testshared.SeedTexts(f) {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, s string) {
		testshared.Within(t, func() error {
			last := 0
			for _, tk := range Tokenize(s) {
				if tk.Start < last || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
					return fmt.Errorf("bad token %+v after %d", tk, last)
				}
				last = tk.End
			}
			last = 0
			for _, sp := range Sentences(s) {
				if sp.Start < last || sp.End <= sp.Start || sp.End > len(s) {
					return fmt.Errorf("bad sentence span %+v after %d", sp, last)
				}
				last = sp.End
			}
			for _, a := range Acronyms(s) {
				if a.Short == "" || a.Long == "" {
					return fmt.Errorf("empty acronym %+v", a)
				}
			}
			_ = Fold(s)
			return nil
		})
	})
}
