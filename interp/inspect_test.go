package interp

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// A kernel on a laptop has no Go sources: Inspect's documentation comes
// from the table embedded in the binary (package docs). The test runs
// itself again with GOROOT, GOPATH and the module cache pointed at an
// empty directory, and requires the documentation all the same.
func TestInspectWithoutGoSources(t *testing.T) {
	if os.Getenv("INSPECT_NO_SOURCES") == "1" {
		inspectDocs(t)
		return
	}
	empty := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestInspectWithoutGoSources$", "-test.count=1")
	cmd.Env = append(os.Environ(), "INSPECT_NO_SOURCES=1", "GOROOT="+empty, "GOPATH="+empty, "GOMODCACHE="+empty)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "PASS") {
		t.Errorf("without Go sources: %v\n%s", err, out)
	}
}

func inspectDocs(t *testing.T) {
	if _, err := os.Stat(os.Getenv("GOROOT") + "/src/fmt"); err == nil {
		t.Fatal("GOROOT still has sources")
	}
	s := newTestSession(t, Options{}, "import (\n\t\"strings\"\n\t\"gonum.org/v1/gonum/mat\"\n)\nvar _ strings.Builder\nvar _ mat.Dense")
	tests := []struct{ code, want string }{
		{"fmt.Println", "func fmt.Println(a ...any) (n int, err error)"},
		{"fmt.Println", "Println formats using the default formats"},
		{"fmt", "Package fmt implements formatted I/O"},
		{"strings.Builder", "type strings.Builder struct"},
		{"strings.Builder", "A Builder is used to efficiently build a string"},
		{"math.Pi", "Mathematical constants."},
		{"autodiff.Var", "func autodiff.Var(label string, v float64) *Value"},
		{"autodiff", "Package autodiff computes gradients by backpropagation"},
		{"mat.NewDense", "NewDense creates a new Dense matrix"},
	}
	for _, tc := range tests {
		b, found := s.Inspect(tc.code, len(tc.code), 0)
		text, _ := b["text/plain"].(string)
		if !found || !strings.Contains(text, tc.want) {
			t.Errorf("Inspect(%q): got %v %q, want it to contain %q", tc.code, found, text, tc.want)
		}
	}
}

// Methods and fields reached through a value, a package's type or a type
// a cell declared show the method's declaration and documentation: the
// selector is resolved as Go resolves it (a promoted method is its
// embedded type's, an interface's method the interface's).
func TestInspectMethods(t *testing.T) {
	s := newTestSession(t, Options{}, `import (
	"io"
	"strings"
	"gonum.org/v1/gonum/mat"
)

// Point is a point in the plane.
type Point struct{ X, Y float64 }

// Norm is the distance from the origin.
func (p Point) Norm() float64 { return math.Hypot(p.X, p.Y) }

// Scale multiplies both coordinates by f.
func (p *Point) Scale(f float64) { p.X *= f; p.Y *= f }

type Named struct {
	strings.Builder
	Name string
}

var sb strings.Builder
var r io.Reader = strings.NewReader("x")
var nm Named
p := Point{3, 4}
pp := &p
x := autodiff.Var("x", 2)
tensor := autodiff.NewTensor("w", mat.NewDense(1, 1, []float64{1}))
d := mat.NewDense(2, 2, nil)`)
	tests := []struct {
		code string
		want []string // each a part of the text
	}{
		{"x.Backward", []string{"func (v *autodiff.Value) Backward()", "Backward computes the gradient of v"}},
		{"x.Mul", []string{"func (v *autodiff.Value) Mul(", "*Value"}},
		{"tensor.Backward", []string{"func (t *autodiff.Tensor) Backward()"}},
		{"tensor.Data.At", []string{"func (m *mat.Dense) At(i, j int) float64", "At returns the element at row i, column j."}},
		{"d.T", []string{"func (m *mat.Dense) T() Matrix", "implicit transpose"}},
		{"strings.Builder.WriteString", []string{"func (b *strings.Builder) WriteString(s string) (int, error)", "WriteString appends the contents of s"}},
		{"sb.WriteString", []string{"func (b *strings.Builder) WriteString(s string) (int, error)"}},
		{"nm.WriteString", []string{"func (b *strings.Builder) WriteString(s string) (int, error)"}}, // promoted
		{"r.Read", []string{"func (io.Reader) Read(p []byte) (n int, err error)", "Reader is the interface that wraps the basic Read method."}},
		{"p.Norm", []string{"func (p Point) Norm() float64", "Norm is the distance from the origin."}},
		{"pp.Scale", []string{"func (p *Point) Scale(f float64)", "Scale multiplies both coordinates by f."}},
		{"Point.Norm", []string{"func (p Point) Norm() float64", "Norm is the distance from the origin."}},
		{"x.Grad", []string{"field autodiff.Value.Grad float64"}},
		{"p.X", []string{"field Point.X float64"}},
	}
	for _, tc := range tests {
		b, found := s.Inspect(tc.code, len(tc.code), 0)
		text, _ := b["text/plain"].(string)
		for _, want := range tc.want {
			if !found || !strings.Contains(text, want) {
				t.Errorf("Inspect(%q): got %v %q, want it to contain %q", tc.code, found, text, want)
			}
		}
	}
	for _, code := range []string{"x.NoSuchMethod", "p.Nope", "strings.Builder.Nope", "nosuch.Thing"} {
		if b, found := s.Inspect(code, len(code), 0); found {
			t.Errorf("Inspect(%q): got %q, want not found", code, b["text/plain"])
		}
	}
}
