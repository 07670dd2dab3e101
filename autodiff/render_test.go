package autodiff

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// mimeBundler is the interface the display layer detects.
type mimeBundler interface{ MIMEBundle() map[string]any }

var (
	_ mimeBundler = (*Value)(nil)
	_ mimeBundler = (*Tensor)(nil)
)

func TestValueRendering(t *testing.T) {
	x := Var("x<1>", -2)
	x.Grad = -4
	b := x.MIMEBundle()
	if got, want := b["text/plain"], "Value(label=x<1>, data=-2, grad=-4)"; got != want {
		t.Errorf("got text/plain %q, want %q", got, want)
	}
	html, _ := b["text/html"].(string)
	for _, want := range []string{"<b>x&lt;1&gt;</b>", ">-2<", ">-4<"} {
		if !strings.Contains(html, want) {
			t.Errorf("got text/html %q, want it to contain %q", html, want)
		}
	}
}

func TestTensorRendering(t *testing.T) {
	tests := []struct {
		name     string
		r, c     int
		wantRows int // <tr> per table
		elided   bool
	}{
		{"small", 2, 3, 2, false},
		{"12x15", 12, 15, 9, true},
		{"10x10 in full", 10, 10, 10, false},
		{"minibatch", 500, 3073, 9, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mat.NewDense(tt.r, tt.c, nil)
			rng := rand.New(rand.NewPCG(1, 1))
			m.Apply(func(_, _ int, _ float64) float64 { return rng.NormFloat64() }, m)
			x := ConstTensor("X", m)
			b := x.MIMEBundle()
			html, _ := b["text/html"].(string)
			shape := fmt.Sprintf("%dx%d", tt.r, tt.c)
			if !strings.Contains(html, shape) {
				t.Errorf("got html without the shape %s", shape)
			}
			if got := strings.Count(html, "<tr>"); got != tt.wantRows {
				t.Errorf("got %d rows, want %d", got, tt.wantRows)
			}
			if got := strings.Contains(html, "…") && strings.Contains(html, "⋮"); got != tt.elided {
				t.Errorf("got elided %v, want %v", got, tt.elided)
			}
			plain, _ := b["text/plain"].(string)
			if got, max := len(plain), 2000; got > max {
				t.Errorf("got text/plain of %d bytes, want at most %d", got, max)
			}
			if strings.Contains(plain, "PANIC") {
				t.Errorf("got text/plain with a formatting panic:\n%s", plain)
			}
			if !strings.HasPrefix(plain, "Tensor(label=X, "+shape+")") {
				t.Errorf("got text/plain %q, want it to start with the label and shape", plain)
			}
		})
	}
	// A parameter shows its gradient too.
	w := NewTensor("W", mat.NewDense(2, 2, nil))
	if got := strings.Count(w.MIMEBundle()["text/html"].(string), "<table"); got != 2 {
		t.Errorf("got %d tables for a parameter, want 2 (data and grad)", got)
	}
}
