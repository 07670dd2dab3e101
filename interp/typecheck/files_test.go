package typecheck

import (
	"fmt"
	"go/token"
	"testing"
)

// TestFilesPruned checks that a long session does not keep a file of the
// checker's FileSet for every cell, and that what it keeps still serves:
// a declaration of the first cell is used and an error is placed in the
// last.
func TestFilesPruned(t *testing.T) {
	s := NewSession(testImporter(), map[string]string{"fmt": "fmt"})
	check := func(cell string) *Result {
		t.Helper()
		r, err := s.Check(Cell{Fragments: fragments(cell)})
		if err != nil {
			t.Fatalf("cell %q: %v", cell, err)
		}
		return r
	}
	commit := func(cell string) {
		t.Helper()
		r := check(cell)
		if len(r.Errors) > 0 {
			t.Fatalf("cell %q: %v", cell, r.Errors)
		}
		s.Commit(r)
	}
	commit("func sq(x int) int { return x * x }")
	files := func() (n int) {
		s.fset.Iterate(func(*token.File) bool { n++; return true })
		return n
	}
	var after10 int
	for i := range 300 {
		commit(fmt.Sprintf("x := %d\nfmt.Println(x + sq(%d))", i, i))
		commit(fmt.Sprintf("func f(n int) int { return n * %d }", i))
		check("undefinedName + 1") // not committed
		if i == 10 {
			after10 = files()
		}
	}
	if got := files(); got > after10 {
		t.Errorf("got %d files in the checker's FileSet after 300 rounds, want at most the %d after 10", got, after10)
	}
	r := check("y := sq(f(2))\ny = \"s\"")
	if len(r.Errors) != 1 || r.Errors[0].Error() != `2:5: cannot use "s" (untyped string constant) as int value in assignment` {
		t.Errorf("got %v, want the assignment's error at 2:5", r.Errors)
	}
}
