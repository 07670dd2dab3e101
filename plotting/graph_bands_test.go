package plotting

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/vg"

	"github.com/gobackprop/gobackprop/autodiff"
)

// chain is x passed through n gates, each a +1: a diagram n+1 columns wide.
func chain(n int) *autodiff.Value {
	v := autodiff.Var("x", 0)
	for i := 0; i < n; i++ {
		v = v.Add(autodiff.Const(1))
	}
	v.Label = "f"
	v.Backward()
	return v
}

// tensorChain is a chain of n matrix gates with wide labels (mean and max
// of a 5x4 matrix), like the notebooks' staged losses.
func tensorChain(n int) *autodiff.Tensor {
	x := autodiff.NewTensor("X", mat.NewDense(5, 4, []float64{
		0.013, -1.2, 0.33, 1.94, -0.5, 0.2, 0.8, -0.07, 1.1, -0.3,
		0.45, -0.91, 0.6, 0.02, -0.4, 0.77, -1.3, 0.5, 0.25, -0.66,
	}))
	t := x
	for i := 0; i < n; i++ {
		t = autodiff.Tanh(autodiff.Scale(t, 1.5))
	}
	loss := autodiff.Mean(t)
	loss.Backward()
	return loss
}

func TestGraphFitsNotebookWidth(t *testing.T) {
	tests := []struct {
		name      string
		fig       *Figure
		maxW      int
		wantBands bool
	}{
		{"short chain stays one row", Graph(chain(3)), maxDiagramWidth, false},
		{"long chain wraps", Graph(chain(14)), maxDiagramWidth, true},
		{"very long chain wraps", Graph(chain(60)), maxDiagramWidth, true},
		{"tensor chain wraps", TensorGraph(tensorChain(5)), maxDiagramWidth, true},
		{"Size narrows the wrap", Graph(chain(8), Size(500, 0)), 500, true},
		{"sigmoid neuron", Graph(sigmoidNeuron()), maxDiagramWidth, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := checkGoldenless(t, tt.fig)
			w, h := img.Bounds().Dx(), img.Bounds().Dy()
			if w > tt.maxW {
				t.Errorf("width: got %d px, want at most %d", w, tt.maxW)
			}
			// A wrapped diagram is not a shrunken one: its rows keep the
			// text size, so it grows in height instead.
			if tt.wantBands && h < 300 {
				t.Errorf("height: got %d px, want the rows of a wrapped diagram", h)
			}
			if n := countPixels(img, isRed); n < 50 {
				t.Errorf("red (gradient) pixels: got %d, want at least 50", n)
			}
		})
	}
}

func TestGraphBandsAndConnectors(t *testing.T) {
	for _, n := range []int{3, 14, 60} {
		t.Run(fmt.Sprint(n, " gates"), func(t *testing.T) {
			d := newDiagram(valueCircuit(chain(n)), config{})
			if d.width > px(maxDiagramWidth) {
				t.Errorf("width: got %.0f pt, want at most %.0f", d.width, px(maxDiagramWidth))
			}
			// Every column in exactly one band, the bands in order.
			next := 0
			for b, bd := range d.bands {
				if bd.first != next || bd.last < bd.first {
					t.Fatalf("band %d covers columns %d..%d, want it to start at %d", b, bd.first, bd.last, next)
				}
				next = bd.last + 1
			}
			if next != len(d.l.layers) {
				t.Errorf("bands end at column %d, want %d", next, len(d.l.layers))
			}
			// One wire crosses each cut of a chain, a gate's output; the
			// constant 1 of the next gate, which sits just left of it, moves
			// into the next band beside its gate instead of taking
			// connectors of its own.
			if got, want := len(d.letters), len(d.bands)-1; got != want {
				t.Errorf("connectors: got %d, want %d (one per wire leaving a band)", got, want)
			}
			if got, want := len(d.lead), len(d.bands)-1; got != want {
				t.Errorf("inputs moved to the next band: got %d, want %d", got, want)
			}
			for node := range d.lead {
				r := d.routeFrom(node)
				if d.bandOf(node) != d.bandOf(r.to) || d.center(node).X >= d.center(r.to).X || d.letters[node] != "" {
					t.Errorf("moved input %d: band %d, x %.0f, letter %q; want the band of its gate (%d), left of it at %.0f, no letter",
						node, d.bandOf(node), d.center(node).X, d.letters[node], d.bandOf(r.to), d.center(r.to).X)
				}
			}
			if n == 3 && len(d.bands) != 1 {
				t.Errorf("a 4-column chain: got %d bands, want 1", len(d.bands))
			}
		})
	}
}

func TestWrapEvenBands(t *testing.T) {
	tests := []struct {
		name   string
		widths []vg.Length
		limit  vg.Length
		want   [][2]int
	}{
		{"fits", []vg.Length{100, 100, 100}, 500, [][2]int{{0, 2}}},
		{"two even bands, not 3+1", []vg.Length{100, 100, 100, 100}, 350, [][2]int{{0, 1}, {2, 3}}},
		{"a column wider than the limit gets its own band", []vg.Length{100, 900, 100}, 300, [][2]int{{0, 0}, {1, 1}, {2, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrap(tt.widths, nil, 10, tt.limit)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// routeFrom returns the first wire that leaves node.
func (d *diagram) routeFrom(node int) route {
	for _, r := range d.l.routes {
		if r.from == node {
			return r
		}
	}
	panic(fmt.Sprintf("no wire leaves node %d", node))
}
