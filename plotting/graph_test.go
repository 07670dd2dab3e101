package plotting

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/gobackprop/gobackprop/autodiff"
)

// lectureGraph is f = (x+y)z at x=-2, y=5, z=-4 (lecture section 2).
func lectureGraph() *autodiff.Value {
	x, y, z := autodiff.Var("x", -2), autodiff.Var("y", 5), autodiff.Var("z", -4)
	q := x.Add(y)
	q.Label = "q"
	f := q.Mul(z)
	f.Label = "f"
	f.Backward()
	return f
}

// sigmoidNeuron is the lecture's f(w,x) = 1/(1+exp(-(w0x0+w1x1+w2))) gate by
// gate, at w = [2,-3,-3], x = [-1,-2] (section 3).
func sigmoidNeuron() *autodiff.Value {
	w0, x0 := autodiff.Var("w0", 2), autodiff.Var("x0", -1)
	w1, x1 := autodiff.Var("w1", -3), autodiff.Var("x1", -2)
	w2 := autodiff.Var("w2", -3)
	dot := w0.Mul(x0).Add(w1.Mul(x1)).Add(w2)
	f := autodiff.Const(1).Add(dot.Neg().Exp()).Pow(-1)
	f.Label = "f"
	f.Backward()
	return f
}

func TestGraphGolden(t *testing.T) {
	tests := []struct {
		name string
		fig  *Figure
	}{
		{"graph_lecture", Graph(lectureGraph())},
		{"graph_sigmoid", Graph(sigmoidNeuron(), Title("sigmoid neuron, gate by gate"))},
		// Wrapped into bands: each band's constant 1 sits beside its gate.
		{"graph_wrapped", Graph(chain(14))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := checkGolden(t, tt.name, tt.fig, 0, 0)
			if n := countPixels(img, isGreen); n < 50 {
				t.Errorf("green (forward value) pixels: got %d, want at least 50", n)
			}
			if n := countPixels(img, isRed); n < 50 {
				t.Errorf("red (gradient) pixels: got %d, want at least 50", n)
			}
		})
	}
}

// svmGraph is the assignment's loss on a tiny batch: SVM(X W) + reg*|W|^2.
func svmGraph() *autodiff.Tensor {
	x := autodiff.ConstTensor("X", mat.NewDense(2, 3, []float64{1, 2, -1, 0.5, -1.5, 2}))
	w := autodiff.NewTensor("W", mat.NewDense(3, 3, []float64{0.1, -0.2, 0.3, 0, 0.4, -0.1, -0.3, 0.2, 0.1}))
	loss := autodiff.Add(autodiff.SVMLoss(autodiff.MatMul(x, w), []int{0, 2}), autodiff.Scale(autodiff.L2(w), 0.1))
	loss.Label = "L"
	loss.Backward()
	return loss
}

func TestTensorGraphGolden(t *testing.T) {
	loss := svmGraph()
	if got := loss.Scalar(); math.Abs(got-0.945) > 1e-12 {
		t.Fatalf("fixture: SVM loss got %v, want 0.945 (LECTURE.md section 7)", got)
	}
	img := checkGolden(t, "graph_tensor", TensorGraph(loss), 0, 0)
	if n := countPixels(img, isRed); n < 50 {
		t.Errorf("red (gradient) pixels: got %d, want at least 50", n)
	}
}

func TestGraphBeforeBackwardHasNoGradients(t *testing.T) {
	x, y := autodiff.Var("x", -2), autodiff.Var("y", 5)
	f := x.Add(y)
	fig := Graph(f)
	img := checkGoldenless(t, fig)
	if n := countPixels(img, isRed); n != 0 {
		t.Errorf("red pixels before Backward: got %d, want 0", n)
	}
	if n := countPixels(img, isGreen); n < 20 {
		t.Errorf("green pixels: got %d, want at least 20", n)
	}
	if strings.Contains(fig.String(), "gradients shown") {
		t.Errorf("String: got %q, want no gradients mentioned", fig.String())
	}
}

func TestGraphTooLarge(t *testing.T) {
	s := autodiff.Var("x", 0)
	for i := 0; i < maxGraphNodes; i++ {
		s = s.Add(autodiff.Const(1))
	}
	fig := Graph(s)
	img := checkGoldenless(t, fig)
	if w := img.Bounds().Dx(); w > 1000 {
		t.Errorf("width of the refusal: got %d pixels, want a one-line message", w)
	}
}

func TestGraphLayout(t *testing.T) {
	f := lectureGraph()
	c := &circuit{}
	nodes, _ := f.Graph()
	index := map[*autodiff.Value]int{}
	for i, n := range nodes {
		index[n] = i
		w := wire{op: n.Op()}
		for _, p := range n.Parents() {
			w.parents = append(w.parents, index[p])
		}
		c.nodes = append(c.nodes, w)
	}
	layer := assignLayers(c)
	want := map[string]int{"x": 0, "y": 0, "z": 1, "f": 2}
	for i, n := range nodes {
		if l, ok := want[n.Label]; ok && layer[i] != l {
			t.Errorf("column of %s: got %d, want %d", n.Label, layer[i], l)
		}
	}
	l := newLayout(c, func(node, k, j int) float64 { return 0 })
	if x := l.crossings(); x != 0 {
		t.Errorf("crossings: got %d, want 0", x)
	}
}

func TestGraphPanicsOnNil(t *testing.T) {
	for name, f := range map[string]func(){
		"Graph":       func() { Graph(nil) },
		"TensorGraph": func() { TensorGraph(nil) },
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(r.(string), "nil") {
					t.Errorf("recover: got %v, want a panic saying the argument is nil", r)
				}
			}()
			f()
		})
	}
}

func TestSummarizeRoundingNoise(t *testing.T) {
	// Rows that sum to 0 up to rounding, as a softmax gradient's do.
	m := mat.NewDense(2, 3, []float64{0.1, 0.2, -0.3, 0.7, -0.4, -0.3})
	got := summarize(m, false)[0]
	if !strings.HasPrefix(got, "mean 0,") {
		t.Errorf("got %q, want the mean printed as 0", got)
	}
	m = mat.NewDense(1, 2, []float64{1, 2})
	if got := summarize(m, false)[0]; !strings.HasPrefix(got, "mean 1.5") {
		t.Errorf("got %q, want mean 1.5", got)
	}
}
