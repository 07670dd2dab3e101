package docs

import (
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		path, name string
		wantSig    string // a prefix
		wantDoc    string // a part
	}{
		{"fmt", "Errorf", "func Errorf(format string, a ...any) (err error)", "Errorf formats according to a format specifier"},
		{"math", "Inf", "func Inf(sign int) float64", "Inf returns positive infinity"},
		{"strings", "Builder", "type Builder struct", "A Builder is used"},
		{"math", "MaxInt64", "", "Integer limit values."},
		{"github.com/gobackprop/gobackprop/autodiff", "Value", "type Value struct", "Value"},
		{"gonum.org/v1/gonum/mat", "NewDense", "func NewDense(r, c int, data []float64) *Dense", "NewDense creates a new Dense matrix"},
		{"strings", "Builder.WriteString", "func (b *Builder) WriteString(s string) (int, error)", "WriteString appends"},
		{"github.com/gobackprop/gobackprop/autodiff", "Tensor.Backward", "func (t *Tensor) Backward()", "Backward computes the gradient of t"},
		{"io", "Reader.Read", "func (Reader) Read(p []byte) (n int, err error)", "Reader is the interface that wraps the basic Read method"},
	}
	for _, tt := range tests {
		t.Run(tt.path+"."+tt.name, func(t *testing.T) {
			m, ok := Lookup(tt.path, tt.name)
			if !ok || !strings.HasPrefix(m.Sig, tt.wantSig) || !strings.Contains(m.Doc, tt.wantDoc) {
				t.Errorf("got %v %+v, want a signature starting %q and documentation containing %q", ok, m, tt.wantSig, tt.wantDoc)
			}
		})
	}
	// strings.Builder.grow is unexported; Builder has no method Nope.
	for _, miss := range [][2]string{{"fmt", "println"}, {"fmt", "NoSuchName"}, {"no/such/package", "X"},
		{"strings", "Builder.grow"}, {"strings", "Builder.Nope"}} {
		if m, ok := Lookup(miss[0], miss[1]); ok {
			t.Errorf("got %+v for %s.%s, want not found", m, miss[0], miss[1])
		}
	}
}

func TestSynopsis(t *testing.T) {
	for path, want := range map[string]string{
		"fmt": "Package fmt implements formatted I/O",
		"github.com/gobackprop/gobackprop/display": "Package display",
	} {
		if got, ok := Synopsis(path); !ok || !strings.HasPrefix(got, want) {
			t.Errorf("got %v %q for %s, want it to start %q", ok, got, path, want)
		}
	}
	if _, ok := Synopsis("no/such/package"); ok {
		t.Error("got found for an unknown package, want not found")
	}
}

// Every member documented stays within the bounds the generator keeps.
func TestBounds(t *testing.T) {
	n := 0
	for path, p := range table() {
		for name, m := range p.Members {
			n++
			if len(m.Doc) > 700 || strings.Contains(m.Doc, "\n\n") {
				t.Errorf("%s.%s: got %d bytes of documentation over paragraphs, want the first paragraph", path, name, len(m.Doc))
			}
		}
	}
	if n < 5000 {
		t.Errorf("got %d members documented, want the whole standard library's and the project's", n)
	}
}
