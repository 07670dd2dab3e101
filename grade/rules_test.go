package grade

import (
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/notebook"
)

func TestRules(t *testing.T) {
	const naive = `func lossNaive(x [][]float64) float64 {
	s := 0.0
	for i := range x {
		for _, v := range x[i] {
			s += v
		}
	}
	return s
}`
	tests := []struct {
		name  string
		cells []string // the student's cells
		rule  string
		want  string // in the message; "" passes
	}{
		{"nested loops", []string{naive}, "lossNaive loops", ""},
		{"nested loops in a helper it calls", []string{"func row(r []float64) (s float64) {\n\tfor _, v := range r {\n\t\ts += v\n\t}\n\treturn\n}", "func lossNaive(x [][]float64) (s float64) {\n\tfor _, r := range x {\n\t\ts += row(r)\n\t}\n\treturn\n}"}, "lossNaive loops", ""},
		{"one loop only", []string{"func lossNaive(x []float64) (s float64) {\n\tfor _, v := range x {\n\t\ts += v\n\t}\n\treturn\n}"}, "lossNaive loops", "no loop inside a loop"},
		{"no autodiff", []string{naive}, "lossNaive avoids autodiff", ""},
		{"two loops where one is allowed", []string{naive}, "lossNaive loops-at-most 1", "loops 2 deep; this version may have at most 1"},
		{"two loops in a row are one deep", []string{"func f(x []float64) (s float64) {\n\tfor _, v := range x {\n\t\ts += v\n\t}\n\tfor _, v := range x {\n\t\ts -= v\n\t}\n\treturn\n}"}, "f loops-at-most 1", ""},
		{"no loops", []string{"func f(x []float64) float64 { return floats.Sum(x) }"}, "f loops-at-most 0", ""},
		{"a loop in a helper", []string{"func g(x []float64) (s float64) {\n\tfor range x {\n\t\ts++\n\t}\n\treturn\n}", "func f(x []float64) float64 { return g(x) }"}, "f loops-at-most 0", "loops 1 deep; this version may have at most 0 (no loop)"},
		{"autodiff's loss", []string{"func lossVec(S *mat.Dense, y []int) float64 {\n\treturn autodiff.SVMLoss(autodiff.ConstTensor(\"S\", S), y).Scalar()\n}"}, "lossVec avoids autodiff", "uses autodiff.SVMLoss (cell cell0, line 2)"},
		{"under another name", []string{"import ad \"github.com/gobackprop/gobackprop/autodiff\"\n\nfunc lossVec(S *ad.Tensor, y []int) float64 {\n\treturn ad.SVMLoss(S, y).Scalar()\n}"}, "lossVec avoids autodiff", "uses autodiff.Tensor"},
		{"through a variable in another cell", []string{"shortcut := autodiff.SoftmaxLoss", "func lossVec(S *autodiff.Tensor, y []int) float64 {\n\treturn shortcut(S, y).Scalar()\n}"}, "lossVec avoids autodiff.SoftmaxLoss", "uses autodiff.SoftmaxLoss (cell cell0, line 1)"},
		{"through a method", []string{"type helper struct{}\n\nfunc (helper) loss(S *autodiff.Tensor, y []int) float64 { return autodiff.SVMLoss(S, y).Scalar() }", "func lossVec(x [][]float64) float64 {\n\tvar h helper\n\treturn h.loss(nil, nil)\n}"}, "lossVec avoids autodiff.SVMLoss", "uses autodiff.SVMLoss"},
		{"the naive loss, called", []string{naive, "func lossVec(x [][]float64) float64 { return lossNaive(x) }"}, "lossVec avoids lossNaive", "uses lossNaive"},
		{"a local that shares a scratch variable's name", []string{"loss := autodiff.SVMLoss(nil, nil)", "func lossVec(x []float64) float64 {\n\tloss := 0.0\n\treturn loss\n}"}, "lossVec avoids autodiff", ""},
		{"one type's method", []string{"type Gate struct{ x float64 }\n\nfunc (g *Gate) Forward(x float64) float64 {\n\treturn autodiff.Var(\"x\", x).Data\n}", "type Layer struct{}\n\nfunc (Layer) Forward(x float64) float64 { return x }"}, "Gate.Forward avoids autodiff", "uses autodiff.Var (cell cell0, line 4)"},
		{"another type's method of the same name", []string{"type Gate struct{ x float64 }\n\nfunc (g *Gate) Forward(x float64) float64 {\n\treturn autodiff.Var(\"x\", x).Data\n}", "type Layer struct{}\n\nfunc (Layer) Forward(x float64) float64 { return x }"}, "Layer.Forward avoids autodiff", ""},
		{"a preloaded package without an import line", []string{"func back(o, d float64) float64 {\n\tc := math.Cosh(math.Atanh(o))\n\treturn d / (c * c)\n}"}, "back avoids math.Atanh", "uses math.Atanh (cell cell0, line 2)"},
		{"a method wrapping a field of autodiff's type", []string{"type Gate struct{ inner autodiff.MultiplyGate }\n\nfunc (g *Gate) Forward(in []float64) float64 { return g.inner.Forward(in) }"}, "Gate.Forward avoids autodiff", "uses autodiff.MultiplyGate (cell cell0, line 1)"},
		{"other functions may use autodiff", []string{naive, "func graph() { autodiff.SVMLoss(nil, nil) }"}, "lossNaive avoids autodiff", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb := notebook.New("gobackprop", "Go (gobackprop)", "go")
			for i, src := range tt.cells {
				c := nb.Add(notebook.CodeCell, src)
				c.Metadata = nbgrader("cell"+string(rune('0'+i)), false, true, false, 0)
			}
			check := nb.Add(notebook.CodeCell, "fmt.Println(1)\n// BEGIN HIDDEN TESTS\n"+rulePrefix+tt.rule+"\n// END HIDDEN TESTS")
			check.Metadata = nbgrader("check", true, false, true, 1)
			test := Test{Status: Passed}
			checkRules(nb, len(nb.Cells)-1, &test)
			switch {
			case tt.want == "" && test.Status != Passed:
				t.Errorf("got %s %q, want passed", test.Status, test.Message)
			case tt.want != "" && (test.Status != Failed || !strings.Contains(test.Message, tt.want)):
				t.Errorf("got %s %q, want failed with %q", test.Status, test.Message, tt.want)
			}
		})
	}
}

func TestRuleSyntax(t *testing.T) {
	for _, bad := range []string{rulePrefix + "f", rulePrefix + "f avoids", rulePrefix + "f frobs x", rulePrefix + "f loops-at-most many"} {
		if _, err := rulesOf(bad); err == nil {
			t.Errorf("rulesOf(%q): no error", bad)
		}
	}
	nb := fixtureSource()
	cellByID(nb, "svm-check").Source += "\n" + rulePrefix + "svmLoss"
	if _, err := Assign(nb); err == nil || !strings.Contains(err.Error(), "FUNC loops") {
		t.Errorf("a source with a malformed rule: got %v, want an error showing the syntax", err)
	}
}
