package typecheck

import (
	"go/types"
	"strings"
	"testing"
)

// fragments cuts a test cell into fragments by its own markers: lines
// starting "import", "func", "type", "const" or "var (" begin a
// declaration, anything else is a statement. Each line is one fragment.
func fragments(cell string) []Fragment {
	var out []Fragment
	lines := strings.Split(cell, "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.TrimSpace(l) == "" {
			continue
		}
		kind := Stmt
		switch {
		case strings.HasPrefix(l, "import"):
			kind = Import
		case strings.HasPrefix(l, "func "), strings.HasPrefix(l, "type "), strings.HasPrefix(l, "const "):
			kind = Decl
		}
		// A fragment runs to a line that closes what it opened.
		src, j := l, i
		for depth(src) > 0 && j+1 < len(lines) {
			j++
			src += "\n" + lines[j]
		}
		out = append(out, Fragment{Kind: kind, Src: src, Line: i + 1, Col: 1})
		i = j
	}
	return out
}

func depth(s string) int {
	return strings.Count(s, "{") + strings.Count(s, "(") - strings.Count(s, "}") - strings.Count(s, ")")
}

func TestCellErrors(t *testing.T) {
	tests := []struct {
		name  string
		cells []string // earlier cells, then the checked one
		want  string   // "line:col: msg", or "" for none
	}{
		{"unused at top is fine", []string{"x := 1"}, ""},
		{"unused in func", []string{"func f() {\n\tx := 1\n}"}, "2:2: declared and not used: x"},
		{"undefined", []string{"total := 1\nfmt.Println(totl)"}, "2:13: undefined: totl"},
		{"later cell uses var", []string{"x := 1", "y := x + 1\nfmt.Println(y)"}, ""},
		{"redefine var across cells", []string{"x := 1", "x := \"s\"\nfmt.Println(x + \"!\")"}, ""},
		{"type mismatch", []string{"n := 5\nn = \"five\""}, `2:5: cannot use "five" (untyped string constant) as int value in assignment`},
		{"missing return", []string{"func f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}"}, "5:1: missing return"},
		{"decl uses cell var", []string{"k := 3\nfunc f() int { return k * 2 }\nfmt.Println(f())"}, ""},
		{"trailing expression", []string{"x := 2\nx * 3"}, ""},
		{"pointer receiver", []string{"type Resetter interface{ Reset() }\ntype Buf struct{}\nfunc (b *Buf) Reset() {}\nvar r Resetter = Buf{}\nfmt.Println(r)"},
			"4:18: cannot use Buf{} (value of struct type Buf) as Resetter value in variable declaration: Buf does not implement Resetter (method Reset has pointer receiver)"},
		{"string index", []string{"s := \"abc\"\ns[0] = 'x'"}, "2:1: cannot assign to s[0] (neither addressable nor a map index expression)"},
		{"use earlier func", []string{"func sq(x int) int { return x * x }", "sq(3)"}, ""},
		{"redefined func new signature", []string{"func f() int { return 1 }", "func f() string { return \"a\" }\nf() + \"b\""}, ""},
		{"import in a cell", []string{"import \"strings\"", "strings.ToUpper(\"a\")"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSession(testImporter(), map[string]string{"fmt": "fmt", "math": "math"})
			var r *Result
			for i, c := range tt.cells {
				var err error
				r, err = s.Check(Cell{Fragments: fragments(c)})
				if err != nil {
					t.Fatalf("cell %d: %v", i, err)
				}
				if i < len(tt.cells)-1 {
					if len(r.Errors) > 0 {
						t.Fatalf("cell %d: %v", i, r.Errors)
					}
					s.Commit(r)
				}
			}
			got := ""
			if len(r.Errors) > 0 {
				got = r.Errors[0].Error()
			}
			if got != tt.want {
				t.Errorf("got %q, want %q (all: %v)", got, tt.want, r.Errors)
			}
		})
	}
}

var _ types.Importer
