package autodiff

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
)

// lectureTol is the precision of the lecture's numbers, printed with seven
// decimals.
const lectureTol = 1e-7

type wire struct {
	name       string
	v          *Value
	data, grad float64
}

func checkWires(t *testing.T, wires []wire) {
	t.Helper()
	for _, w := range wires {
		if math.Abs(w.v.Data-w.data) > lectureTol {
			t.Errorf("%s: got data %.9g, want %.9g", w.name, w.v.Data, w.data)
		}
		if math.Abs(w.v.Grad-w.grad) > lectureTol {
			t.Errorf("%s: got grad %.9g, want %.9g", w.name, w.v.Grad, w.grad)
		}
	}
}

// Lecture section 2: f(x,y,z) = (x+y)z at x=-2, y=5, z=-4.
func TestLectureCircuit(t *testing.T) {
	x, y, z := Var("x", -2), Var("y", 5), Var("z", -4)
	q := x.Add(y)
	f := q.Mul(z)
	f.Backward()
	checkWires(t, []wire{
		{"x", x, -2, -4},
		{"y", y, 5, -4},
		{"z", z, -4, 3},
		{"q", q, 3, -4},
		{"f", f, -12, 1},
	})
}

// Lecture section 3: the sigmoid neuron, first with the sigmoid as one gate.
func TestSigmoidNeuron(t *testing.T) {
	w0, w1, w2 := Var("w0", 2), Var("w1", -3), Var("w2", -3)
	x0, x1 := Var("x0", -1), Var("x1", -2)
	dot := w0.Mul(x0).Add(w1.Mul(x1)).Add(w2)
	f := dot.Sigmoid()
	f.Backward()
	checkWires(t, []wire{
		{"dot", dot, 1, 0.1966119},
		{"f", f, 0.7310586, 1},
		{"x0", x0, -1, 0.3932239},
		{"x1", x1, -2, -0.5898358},
		{"w0", w0, 2, -0.1966119},
		{"w1", w1, -3, -0.3932239},
		{"w2", w2, -3, 0.1966119},
	})
}

// Lecture section 3, gate by gate: *-1, exp, +1, 1/x. Each wire's gradient is
// the gradient arriving at the input of the gate it feeds.
func TestSigmoidNeuronGateByGate(t *testing.T) {
	w0, w1, w2 := Var("w0", 2), Var("w1", -3), Var("w2", -3)
	x0, x1 := Var("x0", -1), Var("x1", -2)
	dot := w0.Mul(x0).Add(w1.Mul(x1)).Add(w2)
	neg := dot.Neg()
	e := neg.Exp()
	den := e.Add(Const(1))
	f := den.Pow(-1)
	f.Backward()
	checkWires(t, []wire{
		{"1/x input", den, 1.3678794, -0.5344466},
		{"+1 input", e, 0.3678794, -0.5344466},
		{"exp input", neg, -1, -0.1966119},
		{"*-1 input", dot, 1, 0.1966119},
		{"f", f, 0.7310586, 1},
		{"x0", x0, -1, 0.3932239},
		{"w1", w1, -3, -0.3932239},
	})
	if got, want := f.Op(), "1/x"; got != want {
		t.Errorf("got op %q, want %q", got, want)
	}
}

// Lecture section 4: f = 2*(x*y + max(z,w)) at x=3, y=-4, z=2, w=-1.
func TestMaxCircuit(t *testing.T) {
	x, y, z, w := Var("x", 3), Var("y", -4), Var("z", 2), Var("w", -1)
	f := Const(2).Mul(x.Mul(y).Add(z.Max(w)))
	f.Backward()
	checkWires(t, []wire{
		{"f", f, -20, 1},
		{"x", x, 3, -8},
		{"y", y, -4, 6},
		{"z", z, 2, 2},
		{"w", w, -1, 0},
	})
}

// Lecture section 4: the staged example f = (x + sigma(y)) / (sigma(x) + (x+y)^2).
func TestStagedExample(t *testing.T) {
	x, y := Var("x", 3), Var("y", -4)
	num := x.Add(y.Sigmoid())
	den := x.Sigmoid().Add(x.Add(y).Pow(2))
	f := num.Div(den)
	f.Backward()
	checkWires(t, []wire{
		{"f", f, 1.5456449, 1},
		{"x", x, 3, 2.0595698},
		{"y", y, -4, 1.5922328},
	})
}

// TestValueOpsFiniteDifferences checks every operation's chain-rule step
// against gonum's central differences at random points.
func TestValueOpsFiniteDifferences(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	ops := []struct {
		name     string
		f        func(a, b *Value) *Value
		positive bool // the op needs a > 0
	}{
		{"Add", (*Value).Add, false},
		{"Sub", (*Value).Sub, false},
		{"Mul", (*Value).Mul, false},
		{"Div", (*Value).Div, false},
		{"Max", (*Value).Max, false},
		{"Pow2", func(a, _ *Value) *Value { return a.Pow(2) }, false},
		{"Pow-1", func(a, _ *Value) *Value { return a.Pow(-1) }, false},
		{"Pow1.5", func(a, _ *Value) *Value { return a.Pow(1.5) }, true},
		{"Neg", func(a, _ *Value) *Value { return a.Neg() }, false},
		{"AddConst", func(a, _ *Value) *Value { return a.AddConst(1.5) }, false},
		{"Exp", func(a, _ *Value) *Value { return a.Exp() }, false},
		{"Log", func(a, _ *Value) *Value { return a.Log() }, true},
		{"Sigmoid", func(a, _ *Value) *Value { return a.Sigmoid() }, false},
		{"Tanh", func(a, _ *Value) *Value { return a.Tanh() }, false},
		{"ReLU", func(a, _ *Value) *Value { return a.ReLU() }, false},
		// A fork: a feeds the graph twice.
		{"a*b+a", func(a, b *Value) *Value { return a.Mul(b).Add(a) }, false},
	}
	settings := &fd.Settings{Formula: fd.Central}
	for _, op := range ops {
		t.Run(op.name, func(t *testing.T) {
			for range 20 {
				av, bv := 4*rng.Float64()-2, 4*rng.Float64()-2
				if op.positive {
					av = math.Abs(av) + 0.1
				}
				a, b := Var("a", av), Var("b", bv)
				op.f(a, b).Backward()
				da := fd.Derivative(func(x float64) float64 { return op.f(Var("a", x), Var("b", bv)).Data }, av, settings)
				db := fd.Derivative(func(x float64) float64 { return op.f(Var("a", av), Var("b", x)).Data }, bv, settings)
				if !near(a.Grad, da, 1e-6) || !near(b.Grad, db, 1e-6) {
					t.Errorf("at a=%g b=%g: got grads (%g, %g), want (%g, %g)", av, bv, a.Grad, b.Grad, da, db)
				}
			}
		})
	}
}

func TestBackwardAccumulatesAtForks(t *testing.T) {
	a := Var("a", 3)
	b := a.Add(a)
	c := b.Add(b)
	c.Backward()
	if got, want := a.Grad, 4.0; got != want {
		t.Errorf("got a.Grad = %g, want %g", got, want)
	}
	sq := a.Mul(a)
	sq.Backward()
	if got, want := a.Grad, 6.0; got != want {
		t.Errorf("a*a: got a.Grad = %g, want %g", got, want)
	}
}

func TestBackwardIdempotent(t *testing.T) {
	x, y := Var("x", 3), Var("y", -4)
	f := x.Mul(y).Add(x.Tanh())
	f.Backward()
	first := [2]float64{x.Grad, y.Grad}
	f.Backward()
	if got := [2]float64{x.Grad, y.Grad}; got != first {
		t.Errorf("second Backward: got grads %v, want %v", got, first)
	}
}

func TestBackwardDeepChain(t *testing.T) {
	const depth = 100_000
	x := Var("x", 0.5)
	v := x
	for range depth {
		v = v.Add(Const(1))
	}
	v.Backward()
	if got, want := v.Data, 0.5+depth; got != want {
		t.Errorf("got data %g, want %g", got, want)
	}
	if got, want := x.Grad, 1.0; got != want {
		t.Errorf("got x.Grad %g, want %g", got, want)
	}
}

func TestMaxTieGoesToReceiver(t *testing.T) {
	a, b := Var("a", 1), Var("b", 1)
	a.Max(b).Backward()
	if a.Grad != 1 || b.Grad != 0 {
		t.Errorf("got grads (%g, %g), want (1, 0)", a.Grad, b.Grad)
	}
}

func TestValueGraph(t *testing.T) {
	x, y, z := Var("x", -2), Var("y", 5), Var("z", -4)
	q := x.Add(y)
	f := q.Mul(z)
	nodes, edges := f.Graph()
	if got, want := len(nodes), 5; got != want {
		t.Fatalf("got %d nodes, want %d", got, want)
	}
	if nodes[len(nodes)-1] != f {
		t.Errorf("got last node %v, want f", nodes[len(nodes)-1])
	}
	pos := make(map[*Value]int)
	for i, n := range nodes {
		pos[n] = i
	}
	for _, e := range edges {
		if pos[e[0]] >= pos[e[1]] {
			t.Errorf("edge %v -> %v: parent after child in the order", e[0], e[1])
		}
	}
	if got, want := len(edges), 4; got != want {
		t.Errorf("got %d edges, want %d", got, want)
	}
	if got, want := f.Op(), "*"; got != want {
		t.Errorf("got op %q, want %q", got, want)
	}
	if ps := f.Parents(); len(ps) != 2 || ps[0] != q || ps[1] != z {
		t.Errorf("got parents %v, want [q z]", ps)
	}
	if ps := x.Parents(); ps != nil {
		t.Errorf("got leaf parents %v, want nil", ps)
	}
}

func TestValueNilArgumentPanics(t *testing.T) {
	got := panicMessage(func() { Var("x", 1).Add(nil) })
	if want := "autodiff: Add: argument is nil (make it with Var or Const)"; got != want {
		t.Errorf("got panic %q, want %q", got, want)
	}
}

// near reports whether got is within tol of want, relative to want once
// |want| > 1 (the gradient of 1/x near 0 is in the hundreds).
func near(got, want, tol float64) bool {
	return math.Abs(got-want) <= tol*math.Max(1, math.Abs(want))
}

// panicMessage runs f and returns what it panicked with, or "" if it did not.
func panicMessage(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg, _ = r.(string)
			if msg == "" {
				msg = "non-string panic"
			}
		}
	}()
	f()
	return ""
}

func TestAddConstIsOneGate(t *testing.T) {
	x := Var("x", 2)
	for _, tt := range []struct {
		c    float64
		op   string
		want float64
	}{{1, "+1", 3}, {-0.5, "-0.5", 1.5}} {
		v := x.AddConst(tt.c)
		if v.Op() != tt.op || len(v.Parents()) != 1 || v.Data != tt.want {
			t.Errorf("AddConst(%v): got op %q, %d parents, %v; want %q, 1 parent, %v", tt.c, v.Op(), len(v.Parents()), v.Data, tt.op, tt.want)
		}
	}
}
