package interp

import (
	"context"
	"strings"
	"testing"
)

// TestGenericMethodCallsLaterMethod checks that a method of a generic type
// may call a method declared below it (yaegi compiled them in cell order
// and failed: "undefined selector"), and that a panic in the reordered
// methods is still traced to their cell lines.
func TestGenericMethodCallsLaterMethod(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	decls := strings.Join([]string{
		"type Stack[T any] struct{ xs []T }", // line 1
		"",
		"func (s *Stack[T]) Top() T {", // line 3
		"\treturn s.At(len(s.xs) - 1)",
		"}",
		"",
		"func (s *Stack[T]) PushAll(xs ...T) {", // line 7
		"\tfor _, x := range xs {",
		"\t\ts.Push(x)",
		"\t}",
		"}",
		"",
		"func (s *Stack[T]) Push(x T) { s.xs = append(s.xs, x) }", // line 13
		"",
		"func (s *Stack[T]) At(i int) T {", // line 15
		"\treturn s.xs[i]",
		"}",
	}, "\n")
	expectCell(t, s, decls, "")
	expectCell(t, s, "var st Stack[string]\nst.PushAll(\"a\", \"b\")\nst.Top()", `"b"`)
	_, err = s.Execute(ctx, "var empty Stack[int]\nempty.Top()", &recorder{})
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("got %v, want the index panic", err)
	}
	tb := strings.Join(e.Traceback(), "\n")
	for _, want := range []string{"index out of range [-1]", "in At\n  in Top\n  at cell line 2, column 1"} {
		if !strings.Contains(e.Error()+"\n"+tb, want) {
			t.Errorf("got %q with traceback %q, want %q in it", e.Error(), tb, want)
		}
	}
}
