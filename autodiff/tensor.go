package autodiff

import (
	"fmt"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// Tensor is a matrix wire of a computational graph (lecture sections 6-7):
// the same idea as Value, with a *mat.Dense on the wire and a gradient of the
// same shape, because "the gradient always has the shape of the variable".
//
// Data is the forward value. Grad is dL/dData after Backward; it has Data's
// shape. Grad is allocated by NewTensor for a leaf, by the first Backward that
// reaches it for the result of an operation, and never for a ConstTensor,
// whose Grad stays nil.
type Tensor struct {
	Data  *mat.Dense
	Grad  *mat.Dense
	Label string

	op        string
	parents   []*Tensor
	backward  func() // the local chain-rule step; nil for a leaf
	needsGrad bool   // a NewTensor leaf lies upstream
}

// NewTensor returns a leaf named label that wraps m without copying it: Data
// is m, so changing m in place (as NumericalGradient and the optimizers do) is
// seen by a graph rebuilt from the tensor. Backward fills its Grad, a zero
// matrix of m's shape until then. NewTensor panics if m is nil or empty.
func NewTensor(label string, m *mat.Dense) *Tensor {
	mustMatrix("NewTensor", m)
	r, c := m.Dims()
	return &Tensor{Data: m, Grad: mat.NewDense(r, c, nil), Label: label, needsGrad: true}
}

// ConstTensor returns a leaf named label that wraps m without copying and
// takes no gradient: its Grad stays nil and Backward does not compute it. Use
// it for data such as a minibatch X: in scores = X W only dW is wanted, and
// skipping dX = dScores W^T saves a matrix product as large as the forward
// one. ConstTensor panics if m is nil or empty.
func ConstTensor(label string, m *mat.Dense) *Tensor {
	mustMatrix("ConstTensor", m)
	return &Tensor{Data: m, Label: label}
}

// newTensor is the result of the operation op applied to parents; it needs a
// gradient when any parent does.
func newTensor(data *mat.Dense, op string, parents ...*Tensor) *Tensor {
	t := &Tensor{Data: data, op: op, parents: parents}
	for _, p := range parents {
		t.needsGrad = t.needsGrad || p.needsGrad
	}
	return t
}

// Dims returns the number of rows and columns of t's Data.
func (t *Tensor) Dims() (r, c int) { return t.Data.Dims() }

// Op returns the name of the operation that produced t ("matmul", "+", "-",
// "*", "scale", "relu", "sigmoid", "tanh", "exp", "log", "sum", "mean", "l2",
// "svm", "softmax"), or "" for a leaf.
func (t *Tensor) Op() string { return t.op }

// Parents returns the inputs of the operation that produced t, in argument
// order, or nil for a leaf. The slice is a copy: changing it does not rewire
// the graph.
func (t *Tensor) Parents() []*Tensor {
	if len(t.parents) == 0 {
		return nil
	}
	return append([]*Tensor(nil), t.parents...)
}

// Scalar returns the single entry of a 1x1 tensor, such as a loss.
// Scalar panics if t is not 1x1.
func (t *Tensor) Scalar() float64 {
	mustScalar("Scalar", t)
	return t.Data.At(0, 0)
}

// Backward computes the gradient of t with respect to every tensor it depends
// on (lecture section 5): it sorts the graph topologically, zeroes every Grad,
// seeds dt/dt = 1 and runs each operation's chain-rule step in reverse order.
// Like Value.Backward it is idempotent and accumulates at forks. Branches that
// only involve ConstTensor leaves are skipped, and if no NewTensor leaf feeds
// t, Backward does nothing.
//
// Backward panics unless t is 1x1: the lecture's gradients are of a scalar
// loss, so reduce a matrix first with Sum, Mean or a loss.
func (t *Tensor) Backward() {
	mustScalar("Backward", t)
	if !t.needsGrad {
		return
	}
	order := topoSort(t, func(n *Tensor) []*Tensor {
		if !n.needsGrad {
			return nil
		}
		return n.parents
	})
	for _, n := range order {
		if !n.needsGrad {
			continue
		}
		if n.Grad == nil {
			r, c := n.Dims()
			n.Grad = mat.NewDense(r, c, nil)
		} else {
			n.Grad.Zero()
		}
	}
	t.Grad.Set(0, 0, 1)
	for i := len(order) - 1; i >= 0; i-- {
		if n := order[i]; n.needsGrad && n.backward != nil {
			n.backward()
		}
	}
}

// Graph returns every tensor t depends on, t included, in topological order
// (leaves first, t last), and one edge {parent, child} per use of a parent.
// It is the walk a plotting package draws a graph from.
func (t *Tensor) Graph() (nodes []*Tensor, edges [][2]*Tensor) {
	nodes = topoSort(t, func(n *Tensor) []*Tensor { return n.parents })
	for _, n := range nodes {
		for _, p := range n.parents {
			edges = append(edges, [2]*Tensor{p, n})
		}
	}
	return nodes, edges
}

// addScaled does dst += alpha*src, the accumulation every chain-rule step
// ends with (gradients add at forks, lecture section 4).
func addScaled(dst *mat.Dense, alpha float64, src *mat.Dense) {
	r, _ := dst.Dims()
	for i := 0; i < r; i++ {
		floats.AddScaled(dst.RawRowView(i), alpha, src.RawRowView(i))
	}
}

func shape(t *Tensor) string {
	r, c := t.Dims()
	return fmt.Sprintf("%dx%d", r, c)
}

func mustMatrix(op string, m *mat.Dense) {
	if m == nil || m.IsEmpty() {
		panic("autodiff: " + op + ": matrix is nil or empty (make it with mat.NewDense)")
	}
}

func mustTensors(op string, ts ...*Tensor) {
	for _, t := range ts {
		if t == nil {
			panic("autodiff: " + op + ": argument is nil (make it with NewTensor or ConstTensor)")
		}
	}
}

func mustScalar(op string, t *Tensor) {
	if r, c := t.Dims(); r != 1 || c != 1 {
		panic(fmt.Sprintf("autodiff: %s: tensor is %dx%d, want 1x1 (reduce it first with Sum, Mean or a loss)", op, r, c))
	}
}
