package autodiff

import (
	"math"
	"strconv"
)

// Value is one scalar wire of a computational graph (lecture section 2): Data
// is the value the forward pass puts on the wire (green on the slides), Grad
// is the gradient of the final output with respect to it (red on the slides),
// filled in by Backward.
//
// Every operation returns a new Value that remembers its parents, the name of
// its gate and a closure applying the chain rule locally: it multiplies the
// gradient arriving from above by the gate's local gradient and adds the
// product into each parent's Grad. Backward only has to run those closures in
// reverse topological order.
type Value struct {
	Data  float64
	Grad  float64
	Label string

	op       string
	parents  []*Value
	backward func() // the local chain-rule step; nil for a leaf
}

// Var returns a leaf named label holding v, such as the x, y and z of the
// lecture's f(x,y,z) = (x+y)z. The label only names the wire for printing and
// plotting; two leaves may share a label.
func Var(label string, v float64) *Value {
	return &Value{Data: v, Label: label}
}

// Const returns an unlabeled leaf holding v, for the constants of a formula
// (the 1 in 1 + exp(-x)). Backward computes its Grad like any other wire's;
// nothing reads it.
func Const(v float64) *Value {
	return &Value{Data: v}
}

// newValue is the result of the gate op applied to parents.
func newValue(data float64, op string, parents ...*Value) *Value {
	return &Value{Data: data, op: op, parents: parents}
}

// Op returns the name of the gate that produced v ("+", "*", "neg", "max",
// "^2", "1/x", "exp", "log", "sigmoid", "tanh", "relu"), or "" for a leaf made
// by Var or Const.
func (v *Value) Op() string { return v.op }

// Parents returns the inputs of the gate that produced v, in argument order
// (x before y for x.Add(y)); a value used twice appears twice. It returns nil
// for a leaf. The slice is a copy: changing it does not rewire the graph.
func (v *Value) Parents() []*Value {
	if len(v.parents) == 0 {
		return nil
	}
	return append([]*Value(nil), v.parents...)
}

// Add returns v + w. The add gate distributes: both inputs receive the
// upstream gradient unchanged (lecture section 4). Add panics if w is nil.
func (v *Value) Add(w *Value) *Value {
	mustValue("Add", w)
	out := newValue(v.Data+w.Data, "+", v, w)
	out.backward = func() {
		v.Grad += out.Grad
		w.Grad += out.Grad
	}
	return out
}

// AddConst returns v + c as one gate with one input: the lecture's "+1"
// gate (section 3), whose constant belongs to the gate rather than arriving
// on a wire of its own. Like the add gate it passes the upstream gradient
// through unchanged. Its op is the constant with its sign: "+1", "-0.5".
func (v *Value) AddConst(c float64) *Value {
	op := strconv.FormatFloat(c, 'g', -1, 64)
	if c >= 0 {
		op = "+" + op
	}
	out := newValue(v.Data+c, op, v)
	out.backward = func() {
		v.Grad += out.Grad
	}
	return out
}

// Sub returns v - w, built as v + (-w) so that no new gate is needed.
// Sub panics if w is nil.
func (v *Value) Sub(w *Value) *Value {
	mustValue("Sub", w)
	return v.Add(w.Neg())
}

// Mul returns v * w. The mul gate switches: each input receives the upstream
// gradient times the other input's value (lecture section 4, df/dq = z).
// Mul panics if w is nil.
func (v *Value) Mul(w *Value) *Value {
	mustValue("Mul", w)
	out := newValue(v.Data*w.Data, "*", v, w)
	out.backward = func() {
		v.Grad += w.Data * out.Grad
		w.Grad += v.Data * out.Grad
	}
	return out
}

// Div returns v / w, built as v * w^-1 (the lecture's 1/x gate feeding a mul
// gate). Dividing by a zero w gives ±Inf or NaN, as float64 division does.
// Div panics if w is nil.
func (v *Value) Div(w *Value) *Value {
	mustValue("Div", w)
	return v.Mul(w.Pow(-1))
}

// Max returns the larger of v and w. The max gate routes: the whole upstream
// gradient goes to the larger input and none to the other (lecture section 4).
// On a tie the gradient goes to v, the receiver; max has a kink there, so a
// finite-difference check disagrees at ties (lecture section 1).
// Max panics if w is nil.
func (v *Value) Max(w *Value) *Value {
	mustValue("Max", w)
	vWins := v.Data >= w.Data
	data := w.Data
	if vWins {
		data = v.Data
	}
	out := newValue(data, "max", v, w)
	out.backward = func() {
		if vWins {
			v.Grad += out.Grad
		} else {
			w.Grad += out.Grad
		}
	}
	return out
}

// Pow returns v raised to the constant power p; its local gradient is
// p v^(p-1). Its Op is "1/x" for p = -1, the lecture's reciprocal gate, and
// "^p" otherwise. A negative v with a non-integer p gives NaN, as math.Pow does.
func (v *Value) Pow(p float64) *Value {
	op := "^" + strconv.FormatFloat(p, 'g', -1, 64)
	if p == -1 {
		op = "1/x"
	}
	out := newValue(math.Pow(v.Data, p), op, v)
	out.backward = func() {
		v.Grad += p * math.Pow(v.Data, p-1) * out.Grad
	}
	return out
}

// Neg returns -v, the lecture's "*-1" gate.
func (v *Value) Neg() *Value {
	out := newValue(-v.Data, "neg", v)
	out.backward = func() {
		v.Grad -= out.Grad
	}
	return out
}

// Exp returns e^v. Its local gradient is its own output, which the closure
// reuses instead of recomputing. A large v overflows to +Inf.
func (v *Value) Exp() *Value {
	out := newValue(math.Exp(v.Data), "exp", v)
	out.backward = func() {
		v.Grad += out.Data * out.Grad
	}
	return out
}

// Log returns the natural logarithm of v, with local gradient 1/v.
// A v <= 0 gives -Inf or NaN, as math.Log does, and so does its gradient.
func (v *Value) Log() *Value {
	out := newValue(math.Log(v.Data), "log", v)
	out.backward = func() {
		v.Grad += out.Grad / v.Data
	}
	return out
}

// Sigmoid returns 1 / (1 + e^-v) as one gate. The lecture (section 3) shows
// that the four gates *-1, exp, +1, 1/x collapse into this one, whose local
// gradient (1-s)s needs only its own output s.
func (v *Value) Sigmoid() *Value {
	out := newValue(sigmoid(v.Data), "sigmoid", v)
	out.backward = func() {
		s := out.Data
		v.Grad += (1 - s) * s * out.Grad
	}
	return out
}

// Tanh returns the hyperbolic tangent of v, with local gradient 1 - tanh^2.
func (v *Value) Tanh() *Value {
	out := newValue(math.Tanh(v.Data), "tanh", v)
	out.backward = func() {
		t := out.Data
		v.Grad += (1 - t*t) * out.Grad
	}
	return out
}

// ReLU returns max(0, v). The gradient passes where v > 0 and stops where
// v <= 0: at the kink v = 0 it is 0, as in micrograd.
func (v *Value) ReLU() *Value {
	out := newValue(math.Max(0, v.Data), "relu", v)
	out.backward = func() {
		if out.Data > 0 {
			v.Grad += out.Grad
		}
	}
	return out
}

// Backward computes the gradient of v with respect to every value it depends
// on and stores it in their Grad fields (lecture section 2): it sorts the
// graph topologically, sets every Grad to 0, seeds v.Grad = 1 (dv/dv) and runs
// each gate's chain-rule step from v back to the leaves. A value used twice
// receives the sum of both gradients (lecture section 4).
//
// Because it starts from zero, calling Backward twice gives the same
// gradients, not twice them; to differentiate a sum of outputs, build the sum
// and call Backward on it. The sort is iterative, so deep graphs (a chain of
// 100,000 gates) do not overflow the stack.
func (v *Value) Backward() {
	order := v.topo()
	for _, n := range order {
		n.Grad = 0
	}
	v.Grad = 1
	for i := len(order) - 1; i >= 0; i-- {
		if step := order[i].backward; step != nil {
			step()
		}
	}
}

// Graph returns every value v depends on, v included, in topological order
// (each node after its parents, leaves first, v last), and one edge
// {parent, child} per use of a parent, pointing the way the forward pass
// flows. It is the walk a plotting package draws the lecture's diagrams from.
func (v *Value) Graph() (nodes []*Value, edges [][2]*Value) {
	nodes = v.topo()
	for _, n := range nodes {
		for _, p := range n.parents {
			edges = append(edges, [2]*Value{p, n})
		}
	}
	return nodes, edges
}

func (v *Value) topo() []*Value {
	return topoSort(v, func(n *Value) []*Value { return n.parents })
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// mustValue turns a nil argument into a message that names the method,
// instead of a nil dereference deep inside a closure at Backward time.
func mustValue(op string, w *Value) {
	if w == nil {
		panic("autodiff: " + op + ": argument is nil (make it with Var or Const)")
	}
}
