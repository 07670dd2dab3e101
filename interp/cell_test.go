package interp

import (
	"context"
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

// A return among a cell's top-level statements ends the cell, as a return
// in main ends the program; deferred calls still run.
func TestTopLevelReturnEndsTheCell(t *testing.T) {
	s := newTestSession(t, Options{})
	rec := &recorder{}
	_, err := s.Execute(context.Background(), "defer fmt.Println(\"deferred\")\nfor i := 0; i < 5; i++ {\n\tif i == 2 {\n\t\tfmt.Println(\"stop\")\n\t\treturn\n\t}\n}\nfmt.Println(\"late\")", rec)
	if got := rec.out.String(); err != nil || got != "stop\ndeferred\n" {
		t.Errorf("got %q %v, want stop then deferred", got, err)
	}
}

// A method called on a conversion among a cell's top-level statements
// (yaegi: "undefined selector Then").
func TestTopLevelMethodOnConversion(t *testing.T) {
	s := newTestSession(t, Options{}, "import \"strings\"\ntype Transform func(string) string\nfunc (t Transform) Then(next Transform) Transform { return func(s string) string { return next(t(s)) } }")
	res, err := s.Execute(context.Background(), "t := Transform(strings.TrimSpace).Then(strings.ToUpper)\nt(\" go \")", &recorder{})
	if err != nil || res["text/plain"] != `"GO"` {
		t.Errorf("got %v %v, want \"GO\"", res, err)
	}
}
