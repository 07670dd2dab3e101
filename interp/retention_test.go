package interp

import (
	"context"
	"go/token"
	"strings"
	"testing"
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
		{"func boom(n int) int {\n\tvar xs []int\n\treturn xs[n]\n}", ""},
	}
	start := s.yi.FileSet().Base()
	// scratch counts the files of the cells' evaluations that no node
	// points into (forgetScratchFiles): the first-token scanner's, and
	// package-clause parses, followed by a file of their name and size.
	scratch := func() (n int) {
		var files []*token.File
		s.yi.FileSet().Iterate(func(f *token.File) bool {
			if f.Base() >= start {
				files = append(files, f)
			}
			return true
		})
		for i, f := range files {
			if f.Name() == "" || i+1 < len(files) && files[i+1].Name() == f.Name() && files[i+1].Size() == f.Size() {
				n++
			}
		}
		return n
	}
	for i, c := range cells {
		expectCell(t, s, c.code, c.want)
		if roots, scopes := retained(s.yi); roots != 0 || scopes != 0 {
			t.Errorf("cell %d: yaegi still holds %d trees and %d scopes, want none", i, roots, scopes)
		}
		if n := scratch(); n != 0 {
			t.Errorf("cell %d: yaegi's FileSet keeps %d scratch files, want none", i, n)
		}
	}
	// A panic in a function of an earlier cell is still traced to it.
	_, err = s.Execute(ctx, "boom(3)", &recorder{})
	var tb string
	if e, ok := err.(*Error); ok {
		tb = strings.Join(e.Traceback(), "\n")
	}
	if !strings.Contains(tb, "in boom, declared at cell line 1") {
		t.Errorf("got %v with traceback %q, want the panic traced to boom's cell", err, tb)
	}
}
