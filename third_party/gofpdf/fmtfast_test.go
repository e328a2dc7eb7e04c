package gofpdf

import (
	"fmt"
	"math"
	"math/rand"
	"testing"
)

// TestAppendf checks patch 10: appendf gives what fmt.Sprintf gives, for the formats it formats
// itself (with negative numbers, negative zero, infinities, NaN, rounding halves and large values)
// and for those it leaves to fmt (other verbs, widths, two-digit precisions, arguments of another
// type, missing and extra arguments, a trailing %).
func TestAppendf(t *testing.T) {
	cases := []struct {
		format string
		args   []interface{}
	}{
		{"BT %.2f %.2f Td (%s)Tj ET", []interface{}{12.345, -0.005, "a(b)"}},
		{"%.3f %.3f %.3f rg", []interface{}{0.1, 0.5, 1.0}},
		{"q %.5f 0 0 %.5f %.5f %.5f cm /I%s Do Q", []interface{}{1e9, -1e-9, math.Copysign(0, -1), 2.5, "x"}},
		{"%d 0 obj", []interface{}{-42}},
		{"%v", []interface{}{7}},
		{"%.2f %.2f", []interface{}{math.Inf(1), math.NaN()}},
		{"%.0f|%.9f", []interface{}{0.5, 1.0 / 3}},
		{"100%% of %d", []interface{}{3}},
		{"", nil},
		{"no verbs", nil},
		// left to fmt
		{"%x", []interface{}{[]byte{1, 2, 255}}},
		{"%.4F", []interface{}{2.0}},
		{"%010d", []interface{}{5}},
		{"%40s", []interface{}{"right"}},
		{"%.10f", []interface{}{math.Pi}},
		{"%d", []interface{}{int64(3)}},
		{"%.2f", []interface{}{float32(1.5)}},
		{"%s", []interface{}{[]byte("bytes")}},
		{"%v", []interface{}{"string"}},
		{"%d %d", []interface{}{1}},
		{"%d", []interface{}{1, 2}},
		{"trailing %", nil},
		{"%.2", []interface{}{1.0}},
		{"%.xf", []interface{}{1.0}},
	}
	for _, c := range cases {
		want := fmt.Sprintf(c.format, c.args...)
		if got := string(appendf(nil, c.format, c.args...)); got != want {
			t.Errorf("%q %v: %q, fmt gives %q", c.format, c.args, got, want)
		}
		if got := string(appendf([]byte("kept:"), c.format, c.args...)); got != "kept:"+want {
			t.Errorf("%q %v after a prefix: %q", c.format, c.args, got)
		}
	}
	rnd := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		v := (rnd.Float64() - 0.5) * math.Pow(10, float64(rnd.Intn(12)-4))
		n := rnd.Intn(1<<20) - 1<<19
		format := fmt.Sprintf("%%.%df %%d %%.2f", rnd.Intn(10))
		want := fmt.Sprintf(format, v, n, v*3)
		if got := string(appendf(nil, format, v, n, v*3)); got != want {
			t.Fatalf("%q %v %d: %q, fmt gives %q", format, v, n, got, want)
		}
	}
}
