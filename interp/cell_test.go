package interp

import (
	"strings"
	"testing"
)

func TestDeclarations(t *testing.T) {
	tests := []struct{ src, want string }{
		{"import \"math\"\n\nfunc closeTo(a, b float64) bool { return true }\n\nfunc (g Gate) Forward() {}\n\ntype Gate struct{}\n\nvar (\n\tlr = 1.0\n\t_  = 2\n)\n\nx := 3",
			"closeTo Gate.Forward Gate lr"},
		{"fmt.Println(1)\nfunc() { }()\nconst c = 2", "c"},
		{"x := `unterminated", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(Declarations(tc.src), " "); got != tc.want {
			t.Errorf("Declarations(%q): got %q, want %q", tc.src, got, tc.want)
		}
	}
}
