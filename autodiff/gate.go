package autodiff

import (
	"fmt"
	"sort"
	"strings"

	"gonum.org/v1/gonum/floats"
)

// Gate is one node of the lecture's forward/backward API (section 5) for
// scalar circuits. Forward computes the gate's output from its inputs and
// caches what Backward will need; Backward takes dL/dout, the gradient
// arriving from above, and returns dL/din, one gradient per input, in the
// order of the inputs: the chain rule, local gradient times upstream.
//
// Any type with these two methods is a gate, including one defined in a
// notebook cell. The interface uses only float64 so that an interpreted type
// can satisfy it. A gate keeps state between Forward and Backward, so give
// each use in a Net its own gate value.
type Gate interface {
	Forward(in []float64) float64
	Backward(dout float64) []float64
}

// Node identifies a wire of a Net: an input or the output of a gate.
type Node int

// Net is the lecture's graph object (section 5): it holds gates wired to each
// other, runs Forward on every gate in topological order and Backward in
// reverse topological order. Gates can only be wired to nodes that already
// exist, so the order in which they were added is a topological order. The
// net's output is the node added last.
//
// The zero Net is empty and ready to use; NewNet returns a new one.
type Net struct {
	names  []string // an input's name; "" for a gate's output
	gates  []Gate   // nil for an input
	wires  [][]Node // the inputs of each gate
	values []float64
	grads  []float64
	byName map[string]Node
	ran    bool // Forward has run since the last change
}

// NewNet returns an empty Net.
func NewNet() *Net { return &Net{} }

// Input adds an input named name and returns its node; Forward takes its
// value from the map it is given. Input panics if name is empty or already
// used in n.
func (n *Net) Input(name string) Node {
	if name == "" {
		panic("autodiff: Net.Input: empty name")
	}
	if _, dup := n.byName[name]; dup {
		panic(fmt.Sprintf("autodiff: Net.Input: input %q already exists (give each input its own name)", name))
	}
	if n.byName == nil {
		n.byName = make(map[string]Node)
	}
	id := n.add(name, nil, nil)
	n.byName[name] = id
	return id
}

// Apply adds g to n, wired to the inputs in, and returns the node carrying
// g's output. Apply panics if g is nil or an input is not a node of n.
func (n *Net) Apply(g Gate, in ...Node) Node {
	if g == nil {
		panic("autodiff: Net.Apply: gate is nil")
	}
	for _, id := range in {
		if id < 0 || int(id) >= len(n.gates) {
			panic(fmt.Sprintf("autodiff: Net.Apply: %T wired to node %d, which is not in this net of %d nodes (use the nodes its Input and Apply returned)", g, id, len(n.gates)))
		}
	}
	return n.add("", g, append([]Node(nil), in...))
}

func (n *Net) add(name string, g Gate, in []Node) Node {
	n.names = append(n.names, name)
	n.gates = append(n.gates, g)
	n.wires = append(n.wires, in)
	n.values = append(n.values, 0)
	n.grads = append(n.grads, 0)
	n.ran = false
	return Node(len(n.gates) - 1)
}

// Forward sets each input to its value in inputs, runs every gate's Forward
// in the order the gates were added and returns the output of the last node.
// Each gate receives a fresh slice of its input values, which it may keep.
// Forward panics if n is empty, if inputs lacks the value of an input, or
// if it names an input n does not have.
func (n *Net) Forward(inputs map[string]float64) float64 {
	if len(n.gates) == 0 {
		panic("autodiff: Net.Forward: the net is empty (add inputs with Input and gates with Apply)")
	}
	for name := range inputs {
		if _, ok := n.byName[name]; !ok {
			panic(fmt.Sprintf("autodiff: Net.Forward: unknown input %q (the inputs are %s)", name, n.inputNames()))
		}
	}
	for i, g := range n.gates {
		if g == nil {
			v, ok := inputs[n.names[i]]
			if !ok {
				panic(fmt.Sprintf("autodiff: Net.Forward: no value for input %q", n.names[i]))
			}
			n.values[i] = v
			continue
		}
		in := make([]float64, len(n.wires[i]))
		for k, id := range n.wires[i] {
			in[k] = n.values[id]
		}
		n.values[i] = g.Forward(in)
	}
	n.ran = true
	return n.values[len(n.values)-1]
}

// Backward seeds the output's gradient with 1, runs every gate's Backward in
// reverse order and returns the gradient of the output with respect to each
// input, by name. Gradients reaching a node along several wires are summed
// (lecture section 4). Like Value.Backward it starts from zero, so calling it
// twice gives the same result. Backward panics if Forward has not run since
// the net last changed, or if a gate returns a number of gradients different
// from its number of inputs.
func (n *Net) Backward() map[string]float64 {
	if !n.ran {
		panic("autodiff: Net.Backward: call Forward first (gates cache what Backward needs)")
	}
	for i := range n.grads {
		n.grads[i] = 0
	}
	last := len(n.grads) - 1
	n.grads[last] = 1
	for i := last; i >= 0; i-- {
		g := n.gates[i]
		if g == nil {
			continue
		}
		din := g.Backward(n.grads[i])
		if len(din) != len(n.wires[i]) {
			panic(fmt.Sprintf("autodiff: Net.Backward: %T returned %d gradients for %d inputs (want one per input)", g, len(din), len(n.wires[i])))
		}
		for k, id := range n.wires[i] {
			n.grads[id] += din[k]
		}
	}
	grads := make(map[string]float64, len(n.byName))
	for name, id := range n.byName {
		grads[name] = n.grads[id]
	}
	return grads
}

// Value returns the value Forward put on node id. Value panics if id is not
// a node of n.
func (n *Net) Value(id Node) float64 { return n.values[n.check("Value", id)] }

// Grad returns the gradient Backward computed for node id, an input's or an
// intermediate gate's. Grad panics if id is not a node of n.
func (n *Net) Grad(id Node) float64 { return n.grads[n.check("Grad", id)] }

func (n *Net) check(op string, id Node) Node {
	if id < 0 || int(id) >= len(n.gates) {
		panic(fmt.Sprintf("autodiff: Net.%s: no node %d in a net of %d nodes", op, id, len(n.gates)))
	}
	return id
}

func (n *Net) inputNames() string {
	names := make([]string, 0, len(n.byName))
	for name := range n.byName {
		names = append(names, fmt.Sprintf("%q", name))
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// AddGate adds its inputs, any number of them. It distributes: every input
// receives the upstream gradient (lecture section 4).
type AddGate struct {
	n int
}

// Forward returns the sum of in.
func (g *AddGate) Forward(in []float64) float64 {
	g.n = len(in)
	return floats.Sum(in)
}

// Backward returns dout once per input of the last Forward.
func (g *AddGate) Backward(dout float64) []float64 {
	din := make([]float64, g.n)
	for i := range din {
		din[i] = dout
	}
	return din
}

// MultiplyGate multiplies two inputs x and y, the lecture's example gate
// (section 5). It switches: x receives y * dout and y receives x * dout.
type MultiplyGate struct {
	x, y float64
}

// Forward caches x and y and returns x*y. Forward panics unless in holds
// exactly two values.
func (g *MultiplyGate) Forward(in []float64) float64 {
	mustArity("MultiplyGate", in, 2)
	g.x, g.y = in[0], in[1]
	return g.x * g.y
}

// Backward returns {y*dout, x*dout} for the x and y of the last Forward.
func (g *MultiplyGate) Backward(dout float64) []float64 {
	return []float64{g.y * dout, g.x * dout}
}

// MaxGate returns the larger of two inputs. It routes: the larger input
// receives the whole upstream gradient, the other none; on a tie the first
// input receives it, as in Value.Max.
type MaxGate struct {
	firstWins bool
}

// Forward returns the larger of in[0] and in[1]. Forward panics unless in
// holds exactly two values.
func (g *MaxGate) Forward(in []float64) float64 {
	mustArity("MaxGate", in, 2)
	g.firstWins = in[0] >= in[1]
	if g.firstWins {
		return in[0]
	}
	return in[1]
}

// Backward returns dout for the input that won the last Forward and 0 for
// the other.
func (g *MaxGate) Backward(dout float64) []float64 {
	if g.firstWins {
		return []float64{dout, 0}
	}
	return []float64{0, dout}
}

// SigmoidGate computes 1 / (1 + e^-x) as a single gate (lecture section 3).
type SigmoidGate struct {
	s float64
}

// Forward caches and returns the sigmoid of in[0]. Forward panics unless in
// holds exactly one value.
func (g *SigmoidGate) Forward(in []float64) float64 {
	mustArity("SigmoidGate", in, 1)
	g.s = sigmoid(in[0])
	return g.s
}

// Backward returns (1-s)s * dout, where s is the output of the last Forward:
// the sigmoid's local gradient needs nothing but its output.
func (g *SigmoidGate) Backward(dout float64) []float64 {
	return []float64{(1 - g.s) * g.s * dout}
}

func mustArity(gate string, in []float64, want int) {
	if len(in) != want {
		panic(fmt.Sprintf("autodiff: %s: got %d inputs, want %d", gate, len(in), want))
	}
}
