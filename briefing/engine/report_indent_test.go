package engine

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpack/briefpack/internal/testshared"
)

// checkIndent holds indentJSON to the Encoder's own indenting for the value v.
func checkIndent(t *testing.T, v any) {
	t.Helper()
	var compact, want bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	ind := json.NewEncoder(&want)
	ind.SetEscapeHTML(false)
	ind.SetIndent("", "  ")
	if err := ind.Encode(v); err != nil {
		t.Fatal(err)
	}
	if got := indentJSON(nil, compact.Bytes()); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("indentJSON differs from the Encoder for %s:\n%s\nwant\n%s", compact.Bytes(), got, want.Bytes())
	}
}

// Values with the shapes that need care: empty objects and arrays, strings holding brackets, commas,
// colons, quotes and backslashes, escapes at a string's end, and numbers, booleans and null.
func TestIndentJSONIsTheEncoders(t *testing.T) {
	type inner struct {
		A []int           `json:"a"`
		B map[string]any  `json:"b"`
		C *string         `json:"c"`
		D []struct{}      `json:"d"`
		E string          `json:"e,omitempty"`
		F map[string]bool `json:"f"`
	}
	tricky := []string{"", `"`, `\`, `\\`, `\"`, `a"b`, `{"x":[1,2]}`, "tab\tnew\nline", "<&>", "é “q” ☃", "\u2028", "\x00\x1f", "ends\\"}
	for _, s := range tricky {
		checkIndent(t, s)
		checkIndent(t, []string{s, s})
		checkIndent(t, map[string]string{s: s})
	}
	checkIndent(t, inner{})
	checkIndent(t, []inner{{A: []int{}, B: map[string]any{}, D: []struct{}{{}, {}}, F: map[string]bool{"x": true}}, {}})
	checkIndent(t, map[string]any{"n": nil, "t": true, "f": false, "x": -1.5e300, "i": 42, "e": []any{[]any{}, map[string]any{}, []any{[]any{}}}})

	rng := rand.New(rand.NewSource(7))
	var gen func(depth int) any
	gen = func(depth int) any {
		switch k := rng.Intn(7); {
		case depth > 4 || k == 0:
			return tricky[rng.Intn(len(tricky))]
		case k == 1:
			return rng.Intn(1000) - 500
		case k == 2:
			return nil
		case k <= 4:
			a := make([]any, rng.Intn(4))
			for i := range a {
				a[i] = gen(depth + 1)
			}
			return a
		default:
			m := map[string]any{}
			for i := rng.Intn(4); i > 0; i-- {
				m[tricky[rng.Intn(len(tricky))]+strings.Repeat("k", i)] = gen(depth + 1)
			}
			return m
		}
	}
	for i := 0; i < 3000; i++ {
		checkIndent(t, gen(0))
	}
}

// TestReportIndentOnSeeds: the report of the seeds, indented by hand, is what the Encoder indents.
func TestReportIndentOnSeeds(t *testing.T) {
	res := Run([]string{filepath.Join(testshared.Dir(t), "seeds")}, Options{})
	got, err := res.Report(ReportOptions{Text: true})
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := json.Indent(&want, bytes.TrimSuffix(got, []byte("\n")), "", "  "); err != nil {
		t.Fatal(err)
	}
	want.WriteByte('\n')
	if !bytes.Equal(got, want.Bytes()) {
		t.Error("the seeds report is not indented as json.Indent indents it")
	}
}

func FuzzIndentJSON(f *testing.F) {
	f.Add(`{"a":[1,{},[]],"b":"x\"y\\"}`)
	f.Add(`[[],{"":""}]`)
	f.Fuzz(func(t *testing.T, s string) {
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			return
		}
		checkIndent(t, v)
	})
}
