package interp

import (
	"context"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/display"
)

// TestForgetYaegiLists checks that yaegi's lists of evaluated trees and
// scopes are emptied after each cell, and that what later cells use -
// functions, closures, methods, globals, generic functions - still works
// once they are.
func TestForgetYaegiLists(t *testing.T) {
	if lists.roots == nil {
		t.Fatal("yaegi's roots, scopes, universe or scope.child field is gone or retyped: retention.go keeps nothing from being freed")
	}
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	cells := []struct{ code, want string }{
		{"type P struct{ X int }\nfunc (p P) Double() int { return 2 * p.X }", ""},
		{"func add(a, b int) int { return a + b }", ""},
		{"n := 0\ncount := func() int { n++; return n }", ""},
		{"func first[T any](xs []T) T { return xs[0] }", ""},
		{"for i := 0; i < 3; i++ {\n\tn += i\n}\nn", "3"},
		{"add(2, 3)", "5"},
		{"count()", "4"},
		{"P{21}.Double()", "42"},
		{"first([]string{\"a\", \"b\"})", `"a"`},
		{"s := 0\nfor _, v := range []int{1, 2, 3} {\n\ts += add(v, 0)\n}\ns", "6"},
	}
	for i, c := range cells {
		res, err := s.Execute(ctx, c.code, &recorder{})
		if err != nil {
			t.Fatalf("cell %d %q: %v", i, c.code, err)
		}
		text, _ := res[display.MIMEText].(string)
		if got := strings.TrimSpace(text); got != c.want {
			t.Errorf("cell %d %q: got %q, want %q", i, c.code, got, c.want)
		}
		if roots, scopes := retained(s.yi); roots != 0 || scopes != 0 {
			t.Errorf("cell %d: yaegi still holds %d trees and %d scopes, want none", i, roots, scopes)
		}
	}
}
