package plotting

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/gobackprop/gobackprop/autodiff"
)

// maxGraphNodes bounds the diagrams Graph draws. Beyond a few dozen nodes a
// circuit diagram stops explaining anything, and a graph of thousands of
// scalar gates (a whole network built from Values) would make an image too
// large to send to the notebook.
const maxGraphNodes = 300

// circuit is a computational graph ready to lay out: the same picture for
// scalar Values and for Tensors.
type circuit struct {
	nodes   []wire
	hasGrad bool   // Backward has run: draw the red gradients
	output  string // the output's name in the caption ("f", or "the output")
	tensors bool
}

// wire is one node of the graph and the wire leaving it: a gate (op set) or
// an input (op empty), with the texts drawn above (forward value) and below
// (gradient) its output wire.
type wire struct {
	op       string   // gate symbol as the slides write it; "" for an input
	name     string   // the input's label, or the gate's own Label
	constant bool     // an unlabeled input: a number in the formula
	value    []string // lines above the wire, green
	grad     []string // lines below the wire, red; nil when there is no gradient
	parents  []int    // indices into circuit.nodes, in argument order
}

// Graph returns the circuit diagram of the computation that produced v, as
// the lecture draws it: inputs on the left, one circle per gate labelled
// with its operation (+, *, max, exp, 1/x, σ, ...), arrows flowing right to
// v, and on each wire its forward value above in green and, once v.Backward
// has run, its gradient dv/dwire below in red. Where a wire forks, a dot
// marks the place where the gradients of the branches add up (lecture
// section 4). Inputs are named by their Label; unlabeled constants show
// their value in grey.
//
// Gates are placed in columns by their longest distance from the inputs and
// each input sits just left of the first gate that uses it, so the diagram
// reads in the order the forward pass runs. A diagram wider than 900 pixels
// (or than the width a Size option gives) is wrapped into rows of columns,
// as a long formula is broken across lines: a wire that leaves a row ends in
// a lettered circle and continues from the same letter in the row below, so
// the labels keep their size at a notebook's width; an input or constant
// that feeds only the gate beginning a row moves into that row, beside its
// gate, rather than crossing over through connectors. A graph of more than 300
// nodes is not drawn (the figure says so), since a diagram that large
// explains nothing. Graph panics if v is nil.
func Graph(v *autodiff.Value, opts ...Option) *Figure {
	if v == nil {
		panic("plotting: Graph: the value is nil")
	}
	c := valueCircuit(v)
	summary := fmt.Sprintf("<computational graph: %d nodes, %s = %s", len(c.nodes), shortName(v.Label), num(v.Data))
	if c.hasGrad {
		summary += ", gradients shown"
	}
	return circuitFigure(c, configure(opts), summary+">")
}

// valueCircuit returns the circuit of the scalar gates that produced v.
func valueCircuit(v *autodiff.Value) *circuit {
	nodes, _ := v.Graph()
	index := make(map[*autodiff.Value]int, len(nodes))
	c := &circuit{hasGrad: v.Grad != 0, output: outputName(v.Label)}
	for i, n := range nodes {
		index[n] = i
		w := wire{op: valueGate(n.Op()), name: n.Label, value: []string{num(n.Data)}}
		if w.op == "" && w.name == "" {
			w.constant, w.name = true, num(n.Data)
		}
		if c.hasGrad {
			w.grad = []string{num(n.Grad)}
		}
		for _, p := range n.Parents() {
			w.parents = append(w.parents, index[p])
		}
		c.nodes = append(c.nodes, w)
	}
	return c
}

// TensorGraph returns the circuit diagram of the computation that produced
// t, drawn like Graph's but with matrices on the wires: each wire shows the
// matrix's shape (such as 500x10) and the mean and maximum of its entries
// instead of numbers, and in red the same summary of its gradient once
// t.Backward has run. A 1x1 tensor, such as the loss, shows its number.
// Inputs made by ConstTensor take no gradient and show none. TensorGraph
// panics if t is nil.
func TensorGraph(t *autodiff.Tensor, opts ...Option) *Figure {
	if t == nil {
		panic("plotting: TensorGraph: the tensor is nil")
	}
	nodes, _ := t.Graph()
	index := make(map[*autodiff.Tensor]int, len(nodes))
	c := &circuit{tensors: true, output: outputName(t.Label)}
	c.hasGrad = t.Grad != nil && t.Grad.At(0, 0) != 0
	for i, n := range nodes {
		index[n] = i
		w := wire{op: tensorGate(n.Op()), name: n.Label, value: summarize(n.Data, true)}
		if w.op == "" && w.name == "" {
			w.name = "input"
		}
		if c.hasGrad && n.Grad != nil {
			w.grad = summarize(n.Grad, false)
		}
		for _, p := range n.Parents() {
			w.parents = append(w.parents, index[p])
		}
		c.nodes = append(c.nodes, w)
	}
	r, cols := t.Dims()
	summary := fmt.Sprintf("<tensor graph: %d nodes, %s is %dx%d", len(nodes), shortName(t.Label), r, cols)
	if c.hasGrad {
		summary += ", gradients shown"
	}
	return circuitFigure(c, configure(opts), summary+">")
}

// shortName names the output in a figure's text description.
func shortName(label string) string {
	if label == "" {
		return "output"
	}
	return label
}

// outputName names the output in a diagram's caption.
func outputName(label string) string {
	if label == "" {
		return "the output"
	}
	return label
}

// valueGate returns the symbol the lecture writes in a gate's circle.
func valueGate(op string) string {
	switch {
	case op == "neg":
		return "*-1" // the slides' name for negation (section 3)
	case op == "sigmoid":
		return "σ"
	case strings.HasPrefix(op, "^"):
		return "x" + op // "x^2"
	}
	return op
}

// tensorGate returns the label of a matrix operation's gate.
func tensorGate(op string) string {
	switch op {
	case "svm":
		return "svm loss"
	case "softmax":
		return "softmax loss"
	case "l2":
		return "sum W²"
	case "sigmoid":
		return "σ"
	}
	return op
}

// summarize returns the lines that describe a matrix on a wire: its number
// if it is 1x1, else (for data) its shape, and the mean and maximum of its
// entries: enough to see a saturated or exploding layer at a glance.
func summarize(m *mat.Dense, withShape bool) []string {
	r, c := m.Dims()
	if r == 1 && c == 1 {
		return []string{num(m.At(0, 0))}
	}
	mean, largest := mat.Sum(m)/float64(r*c), math.Max(math.Abs(mat.Max(m)), math.Abs(mat.Min(m)))
	// A mean that is rounding noise next to the entries (a softmax
	// gradient's rows sum to 0: 1.85e-18) is printed as the 0 it is.
	if math.Abs(mean) < 1e-12*largest {
		mean = 0
	}
	stats := fmt.Sprintf("mean %s, max %s", num(mean), num(mat.Max(m)))
	if !withShape {
		return []string{stats}
	}
	return []string{fmt.Sprintf("%dx%d", r, c), stats}
}
