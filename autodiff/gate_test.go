package autodiff

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// The gates below are written as a student would in a notebook cell: plain
// structs with the two methods of Gate, nothing embedded.

// negGate is the lecture's *-1 gate.
type negGate struct{}

func (negGate) Forward(in []float64) float64    { return -in[0] }
func (negGate) Backward(dout float64) []float64 { return []float64{-dout} }

// expGate caches its output, which is also its local gradient.
type expGate struct{ out float64 }

func (g *expGate) Forward(in []float64) float64 {
	g.out = math.Exp(in[0])
	return g.out
}
func (g *expGate) Backward(dout float64) []float64 { return []float64{g.out * dout} }

// addConstGate is the +c gate.
type addConstGate struct{ c float64 }

func (g addConstGate) Forward(in []float64) float64    { return in[0] + g.c }
func (g addConstGate) Backward(dout float64) []float64 { return []float64{dout} }

// reciprocalGate is the 1/x gate.
type reciprocalGate struct{ x float64 }

func (g *reciprocalGate) Forward(in []float64) float64 {
	g.x = in[0]
	return 1 / g.x
}
func (g *reciprocalGate) Backward(dout float64) []float64 { return []float64{-dout / (g.x * g.x)} }

// scaleGate multiplies by a constant.
type scaleGate struct{ k float64 }

func (g scaleGate) Forward(in []float64) float64    { return g.k * in[0] }
func (g scaleGate) Backward(dout float64) []float64 { return []float64{g.k * dout} }

type netCheck struct {
	name       string
	node       Node
	data, grad float64
}

func checkNet(t *testing.T, n *Net, checks []netCheck) {
	t.Helper()
	for _, c := range checks {
		if got := n.Value(c.node); math.Abs(got-c.data) > lectureTol {
			t.Errorf("%s: got value %.9g, want %.9g", c.name, got, c.data)
		}
		if got := n.Grad(c.node); math.Abs(got-c.grad) > lectureTol {
			t.Errorf("%s: got grad %.9g, want %.9g", c.name, got, c.grad)
		}
	}
}

// sigmoidNeuronNet wires w0*x0 + w1*x1 + w2 and returns the nodes.
func sigmoidNeuronNet() (n *Net, dot Node, inputs map[string]float64) {
	n = NewNet()
	w0, x0 := n.Input("w0"), n.Input("x0")
	w1, x1 := n.Input("w1"), n.Input("x1")
	w2 := n.Input("w2")
	dot = n.Apply(&AddGate{}, n.Apply(&MultiplyGate{}, w0, x0), n.Apply(&MultiplyGate{}, w1, x1), w2)
	return n, dot, map[string]float64{"w0": 2, "x0": -1, "w1": -3, "x1": -2, "w2": -3}
}

func TestNetLectureCircuits(t *testing.T) {
	t.Run("(x+y)z", func(t *testing.T) {
		n := NewNet()
		x, y, z := n.Input("x"), n.Input("y"), n.Input("z")
		q := n.Apply(&AddGate{}, x, y)
		f := n.Apply(&MultiplyGate{}, q, z)
		if got := n.Forward(map[string]float64{"x": -2, "y": 5, "z": -4}); got != -12 {
			t.Errorf("got f = %g, want -12", got)
		}
		grads := n.Backward()
		if grads["x"] != -4 || grads["y"] != -4 || grads["z"] != 3 {
			t.Errorf("got grads %v, want x:-4 y:-4 z:3", grads)
		}
		checkNet(t, n, []netCheck{{"q", q, 3, -4}, {"f", f, -12, 1}})
	})
	t.Run("sigmoid neuron", func(t *testing.T) {
		n, dot, in := sigmoidNeuronNet()
		f := n.Apply(&SigmoidGate{}, dot)
		n.Forward(in)
		grads := n.Backward()
		checkNet(t, n, []netCheck{{"dot", dot, 1, 0.1966119}, {"f", f, 0.7310586, 1}})
		want := map[string]float64{"x0": 0.3932239, "x1": -0.5898358, "w0": -0.1966119, "w1": -0.3932239, "w2": 0.1966119}
		for name, w := range want {
			if got := grads[name]; math.Abs(got-w) > lectureTol {
				t.Errorf("d%s: got %.9g, want %.9g", name, got, w)
			}
		}
	})
	t.Run("2*(x*y+max(z,w))", func(t *testing.T) {
		n := NewNet()
		x, y, z, w := n.Input("x"), n.Input("y"), n.Input("z"), n.Input("w")
		sum := n.Apply(&AddGate{}, n.Apply(&MultiplyGate{}, x, y), n.Apply(&MaxGate{}, z, w))
		n.Apply(scaleGate{2}, sum)
		if got := n.Forward(map[string]float64{"x": 3, "y": -4, "z": 2, "w": -1}); got != -20 {
			t.Errorf("got f = %g, want -20", got)
		}
		grads := n.Backward()
		want := map[string]float64{"x": -8, "y": 6, "z": 2, "w": 0}
		for name, w := range want {
			if got := grads[name]; got != w {
				t.Errorf("d%s: got %g, want %g", name, got, w)
			}
		}
	})
}

// A student's own gates in a Net: the sigmoid neuron gate by gate (lecture
// section 3).
func TestNetUserDefinedGates(t *testing.T) {
	n, dot, in := sigmoidNeuronNet()
	neg := n.Apply(negGate{}, dot)
	e := n.Apply(&expGate{}, neg)
	den := n.Apply(addConstGate{1}, e)
	f := n.Apply(&reciprocalGate{}, den)
	n.Forward(in)
	grads := n.Backward()
	checkNet(t, n, []netCheck{
		{"1/x input", den, 1.3678794, -0.5344466},
		{"exp input", neg, -1, -0.1966119},
		{"dot", dot, 1, 0.1966119},
		{"f", f, 0.7310586, 1},
	})
	if got, want := grads["x0"], 0.3932239; math.Abs(got-want) > lectureTol {
		t.Errorf("dx0: got %.9g, want %.9g", got, want)
	}
	// Backward twice gives the same gradients.
	if again := n.Backward(); again["x0"] != grads["x0"] {
		t.Errorf("second Backward: got dx0 %g, want %g", again["x0"], grads["x0"])
	}
}

// A net whose input feeds two gates sums the two gradients.
func TestNetAccumulatesAtForks(t *testing.T) {
	n := NewNet()
	a := n.Input("a")
	b := n.Apply(&AddGate{}, a, a)
	n.Apply(&AddGate{}, b, b)
	n.Forward(map[string]float64{"a": 3})
	if got := n.Backward()["a"]; got != 4 {
		t.Errorf("got da = %g, want 4", got)
	}
}

// wrongGate returns too many gradients.
type wrongGate struct{}

func (wrongGate) Forward(in []float64) float64    { return in[0] }
func (wrongGate) Backward(dout float64) []float64 { return []float64{dout, dout} }

func TestNetMisusePanics(t *testing.T) {
	tests := []struct {
		name string
		f    func()
		want string
	}{
		{"Backward before Forward", func() {
			n := NewNet()
			n.Apply(negGate{}, n.Input("x"))
			n.Backward()
		}, "autodiff: Net.Backward: call Forward first (gates cache what Backward needs)"},
		{"missing input", func() {
			n := NewNet()
			n.Apply(&AddGate{}, n.Input("x"), n.Input("y"))
			n.Forward(map[string]float64{"x": 1})
		}, `autodiff: Net.Forward: no value for input "y"`},
		{"unknown input", func() {
			n := NewNet()
			n.Apply(negGate{}, n.Input("x"))
			n.Forward(map[string]float64{"x": 1, "z": 2})
		}, `autodiff: Net.Forward: unknown input "z" (the inputs are "x")`},
		{"wrong gradient count", func() {
			n := NewNet()
			n.Apply(wrongGate{}, n.Input("x"))
			n.Forward(map[string]float64{"x": 1})
			n.Backward()
		}, "autodiff: Net.Backward: autodiff.wrongGate returned 2 gradients for 1 inputs (want one per input)"},
		{"foreign node", func() {
			n := NewNet()
			n.Apply(negGate{}, Node(3))
		}, "autodiff: Net.Apply: autodiff.negGate wired to node 3, which is not in this net of 0 nodes (use the nodes its Input and Apply returned)"},
		{"duplicate input", func() {
			n := NewNet()
			n.Input("x")
			n.Input("x")
		}, `autodiff: Net.Input: input "x" already exists (give each input its own name)`},
		{"gate arity", func() {
			new(MultiplyGate).Forward([]float64{1})
		}, "autodiff: MultiplyGate: got 1 inputs, want 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := panicMessage(tt.f); got != tt.want {
				t.Errorf("got panic %q, want %q", got, tt.want)
			}
		})
	}
}

// The matrix layers agree with the Tensor graph for the same computation.
func TestLayersMatchTensors(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	xm := randDense(rng, 4, 3, -1, 1)
	wm := randDense(rng, 3, 5, -1, 1)
	upstream := randDense(rng, 4, 5, -1, 1)

	lin := &MatMulLayer{W: wm}
	relu := &ReLULayer{}
	out := relu.Forward(lin.Forward(xm))
	dx := lin.Backward(relu.Backward(upstream))

	x, w := NewTensor("x", xm), NewTensor("W", wm)
	h := ReLU(MatMul(x, w))
	Sum(Mul(h, ConstTensor("upstream", upstream))).Backward()

	for _, c := range []struct {
		name      string
		got, want *mat.Dense
	}{
		{"out", out, h.Data},
		{"dx", dx, x.Grad},
		{"dW", lin.DW, w.Grad},
	} {
		if !mat.EqualApprox(c.got, c.want, 1e-12) {
			t.Errorf("%s: got %v, want %v", c.name, mat.Formatted(c.got), mat.Formatted(c.want))
		}
	}
}

// Lecture section 5: Torch's nn.MulConstant, f(X) = aX.
func TestMulConstant(t *testing.T) {
	for _, inPlace := range []bool{false, true} {
		x := mat.NewDense(2, 2, []float64{1, -2, 3, 4})
		orig := mat.DenseCopyOf(x)
		gradOut := mat.NewDense(2, 2, []float64{1, 1, -1, 0.5})
		m := NewMulConstant(2.5, inPlace)
		out := m.UpdateOutput(x)
		wantOut := mat.NewDense(2, 2, nil)
		wantOut.Scale(2.5, orig)
		if !mat.Equal(out, wantOut) {
			t.Errorf("inPlace %v: got output %v, want %v", inPlace, mat.Formatted(out), mat.Formatted(wantOut))
		}
		if got := out == x; got != inPlace {
			t.Errorf("inPlace %v: got output is input = %v, want %v", inPlace, got, inPlace)
		}
		wantGrad := mat.NewDense(2, 2, []float64{2.5, 2.5, -2.5, 1.25})
		if got := m.UpdateGradInput(x, gradOut); !mat.Equal(got, wantGrad) {
			t.Errorf("inPlace %v: got gradInput %v, want %v", inPlace, mat.Formatted(got), mat.Formatted(wantGrad))
		}
		if !mat.Equal(x, orig) {
			t.Errorf("inPlace %v: got input %v after UpdateGradInput, want it restored to %v", inPlace, mat.Formatted(x), mat.Formatted(orig))
		}
	}
	// As a Layer.
	var l Layer = NewMulConstant(-1, false)
	if got := l.Backward(l.Forward(mat.NewDense(1, 1, []float64{3}))); got.At(0, 0) != 3 {
		t.Errorf("got Backward(Forward(3)) = %g, want 3", got.At(0, 0))
	}
	if got, want := panicMessage(func() { NewMulConstant(0, true).UpdateOutput(mat.NewDense(1, 1, nil)) }),
		"autodiff: MulConstant.UpdateOutput: in place with constant 0 would destroy the input (use InPlace false)"; got != want {
		t.Errorf("got panic %q, want %q", got, want)
	}
}
