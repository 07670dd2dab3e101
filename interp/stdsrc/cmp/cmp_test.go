package cmp

import (
	stdcmp "cmp"
	"math"
	"testing"
)

func TestMatchesGo(t *testing.T) {
	vals := []float64{math.NaN(), math.Inf(-1), -1, math.Copysign(0, -1), 0, 1, math.Inf(1)}
	for _, x := range vals {
		for _, y := range vals {
			if g, w := Compare(x, y), stdcmp.Compare(x, y); g != w {
				t.Errorf("Compare(%v, %v) = %d, want %d", x, y, g, w)
			}
			if g, w := Less(x, y), stdcmp.Less(x, y); g != w {
				t.Errorf("Less(%v, %v) = %v, want %v", x, y, g, w)
			}
		}
	}
	for _, s := range [][]string{{"a", "b"}, {"b", "a"}, {"a", "a"}} {
		if g, w := Compare(s[0], s[1]), stdcmp.Compare(s[0], s[1]); g != w {
			t.Errorf("Compare(%q, %q) = %d, want %d", s[0], s[1], g, w)
		}
	}
	if g, w := Or("", "", "x", "y"), stdcmp.Or("", "", "x", "y"); g != w {
		t.Errorf("Or = %q, want %q", g, w)
	}
	if g, w := Or(0, 0), stdcmp.Or(0, 0); g != w {
		t.Errorf("Or(0, 0) = %d, want %d", g, w)
	}
	if g := Or[int](); g != 0 {
		t.Errorf("Or() = %d, want 0", g)
	}
}
