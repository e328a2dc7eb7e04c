package briefing

import (
	"strings"
	"testing"
)

func TestWhere(t *testing.T) {
	plain := &Source{}
	plain.SetText("a\nb\nc\n")
	if got := plain.Where(2); got != "l. 2" {
		t.Errorf("unpaged: got %q", got)
	}
	paged := &Source{PageStarts: []int{1, 4, 9}}
	paged.SetText("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n")
	for _, c := range []struct {
		line int
		want string
	}{{1, "p. 1, l. 1"}, {3, "p. 1, l. 3"}, {4, "p. 2, l. 1"}, {8, "p. 2, l. 5"}, {10, "p. 3, l. 2"}} {
		if got := paged.Where(c.line); got != c.want {
			t.Errorf("line %d: got %q, want %q", c.line, got, c.want)
		}
	}
}

func TestUnionSorted(t *testing.T) {
	for _, tc := range []struct{ a, b, want []string }{
		{nil, nil, []string{}},
		{[]string{"a", "c"}, []string{"b", "c", "d"}, []string{"a", "b", "c", "d"}},
		{[]string{"ferry"}, nil, []string{"ferry"}},
	} {
		if got := UnionSorted(tc.a, tc.b); strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("UnionSorted(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
