package grade

import (
	"strings"
	"testing"
)

func TestClearSolutions(t *testing.T) {
	tests := []struct {
		name, src, want string
		solutionCell    bool
	}{
		{
			name: "function with results",
			src:  "func f(x float64) (float64, error) {\n\t// BEGIN SOLUTION\n\treturn x, nil\n\t// END SOLUTION\n}",
			want: "func f(x float64) (float64, error) {\n\t// YOUR CODE HERE\n\tpanic(\"not implemented: f\")\n}",
		},
		{
			name: "region before the function's own return",
			src:  "func g(x []float64) float64 {\n\tsum := 0.0\n\t// BEGIN SOLUTION\n\tfor _, v := range x {\n\t\tsum += v\n\t}\n\t// END SOLUTION\n\treturn sum\n}",
			want: "func g(x []float64) float64 {\n\tsum := 0.0\n\t// YOUR CODE HERE\n\tpanic(\"not implemented: g\")\n\treturn sum\n}",
		},
		{
			name: "method",
			src:  "func (g *MultiplyGate) Backward(d float64) (float64, float64) {\n\t// BEGIN SOLUTION\n\treturn d * g.y, d * g.x\n\t// END SOLUTION\n}",
			want: "func (g *MultiplyGate) Backward(d float64) (float64, float64) {\n\t// YOUR CODE HERE\n\tpanic(\"not implemented: MultiplyGate.Backward\")\n}",
		},
		{
			name: "closure in a cell with statements",
			src:  "x := 3.0\nloss := func(w float64) float64 {\n\t// BEGIN SOLUTION\n\treturn (w - x) * (w - x)\n\t// END SOLUTION\n}\nloss(1)",
			want: "x := 3.0\nloss := func(w float64) float64 {\n\t// YOUR CODE HERE\n\tpanic(\"not implemented: loss\")\n}\nloss(1)",
		},
		{
			name: "nested block keeps its indent",
			src:  "func h(n int) int {\n\ttotal := 0\n\tfor i := 0; i < n; i++ {\n\t\t// BEGIN SOLUTION\n\t\ttotal += i\n\t\t// END SOLUTION\n\t}\n\treturn total\n}",
			want: "func h(n int) int {\n\ttotal := 0\n\tfor i := 0; i < n; i++ {\n\t\t// YOUR CODE HERE\n\t\tpanic(\"not implemented: h\")\n\t}\n\treturn total\n}",
		},
		{
			name: "top-level statements",
			src:  "// BEGIN SOLUTION\nlr := 1e-3\n// END SOLUTION\nfmt.Println(lr)",
			want: "// YOUR CODE HERE\npanic(\"not implemented\")\nfmt.Println(lr)",
		},
		{
			name: "struct fields take no statement",
			src:  "type MultiplyGate struct {\n\t// BEGIN SOLUTION\n\tx, y float64\n\t// END SOLUTION\n}",
			want: "type MultiplyGate struct {\n\t// YOUR CODE HERE\n}",
		},
		{
			name: "two regions",
			src:  "func a() int {\n\t// BEGIN SOLUTION\n\treturn 1\n\t// END SOLUTION\n}\n\nfunc b() int {\n\t// BEGIN SOLUTION\n\treturn 2\n\t// END SOLUTION\n}",
			want: "func a() int {\n\t// YOUR CODE HERE\n\tpanic(\"not implemented: a\")\n}\n\nfunc b() int {\n\t// YOUR CODE HERE\n\tpanic(\"not implemented: b\")\n}",
		},
		{
			name:         "solution cell without markers is replaced whole, as nbgrader does",
			src:          "func f() int { return 42 }",
			solutionCell: true,
			want:         "// YOUR CODE HERE\npanic(\"not implemented\")",
		},
		{
			name: "other cells without markers are kept",
			src:  "func f() int { return 42 }",
			want: "func f() int { return 42 }",
		},
		{
			name: "marker text after the marker is allowed",
			src:  "func f() int {\n\t// BEGIN SOLUTION (about 3 lines)\n\treturn 42\n\t// END SOLUTION\n}",
			want: "func f() int {\n\t// YOUR CODE HERE\n\tpanic(\"not implemented: f\")\n}",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := clearSolutions(tt.src, tt.solutionCell)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestMarkerErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"never closed", "// BEGIN SOLUTION\nx := 1", "never closed"},
		{"end without begin", "x := 1\n// END SOLUTION", "without"},
		{"nested", "// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION", "inside the region opened on line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := clearSolutions(tt.src, true)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestRemoveHidden(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"one region", "check(1)\n// BEGIN HIDDEN TESTS\ncheck(2)\n// END HIDDEN TESTS\ncheck(3)", "check(1)\ncheck(3)"},
		{"whole cell", "// BEGIN HIDDEN TESTS\ncheck(2)\n// END HIDDEN TESTS", ""},
		{"indented, two regions", "a()\n\t// BEGIN HIDDEN TESTS\n\tb()\n\t// END HIDDEN TESTS\nc()\n// BEGIN HIDDEN TESTS\nd()\n// END HIDDEN TESTS", "a()\nc()"},
		{"none", "a()", "a()"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := removeHidden(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
