package main

import (
	"fmt"
	"math"
	"strings"
)

type OpKind uint8

const (
	OpLeaf OpKind = iota
	OpAdd
	OpMul
	OpTanh
	OpPow
)

var opNames = [...]string{OpLeaf: "leaf", OpAdd: "+", OpMul: "*", OpTanh: "tanh", OpPow: "^"}

func (k OpKind) String() string { return opNames[k] }

type node struct {
	kind OpKind
	a, b int
	k    float64
	val  float64
	grad float64
}

type Graph struct{ nodes []node }

type ID int

func (g *Graph) Leaf(v float64) ID {
	g.nodes = append(g.nodes, node{kind: OpLeaf, a: -1, b: -1, val: v})
	return ID(len(g.nodes) - 1)
}

func (g *Graph) push(n node) ID {
	switch n.kind {
	case OpAdd:
		n.val = g.nodes[n.a].val + g.nodes[n.b].val
	case OpMul:
		n.val = g.nodes[n.a].val * g.nodes[n.b].val
	case OpTanh:
		n.val = math.Tanh(g.nodes[n.a].val)
	case OpPow:
		n.val = math.Pow(g.nodes[n.a].val, n.k)
	}
	g.nodes = append(g.nodes, n)
	return ID(len(g.nodes) - 1)
}

func (g *Graph) Add(a, b ID) ID         { return g.push(node{kind: OpAdd, a: int(a), b: int(b)}) }
func (g *Graph) Mul(a, b ID) ID         { return g.push(node{kind: OpMul, a: int(a), b: int(b)}) }
func (g *Graph) Tanh(a ID) ID           { return g.push(node{kind: OpTanh, a: int(a), b: -1}) }
func (g *Graph) Pow(a ID, k float64) ID { return g.push(node{kind: OpPow, a: int(a), b: -1, k: k}) }

// Backward relies on nodes being stored in topological order already.
func (g *Graph) Backward(out ID) {
	for i := range g.nodes {
		g.nodes[i].grad = 0
	}
	g.nodes[out].grad = 1
	for i := int(out); i >= 0; i-- {
		n := &g.nodes[i]
		switch n.kind {
		case OpAdd:
			g.nodes[n.a].grad += n.grad
			g.nodes[n.b].grad += n.grad
		case OpMul:
			g.nodes[n.a].grad += g.nodes[n.b].val * n.grad
			g.nodes[n.b].grad += g.nodes[n.a].val * n.grad
		case OpTanh:
			g.nodes[n.a].grad += (1 - n.val*n.val) * n.grad
		case OpPow:
			g.nodes[n.a].grad += n.k * math.Pow(g.nodes[n.a].val, n.k-1) * n.grad
		}
	}
}

func (g *Graph) Dump() string {
	var sb strings.Builder
	for i, n := range g.nodes {
		fmt.Fprintf(&sb, "%2d %-4v a=%2d b=%2d val=%8.4f grad=%8.4f\n", i, n.kind, n.a, n.b, n.val, n.grad)
	}
	return sb.String()
}

func main() {
	g := &Graph{}
	w := []ID{g.Leaf(0.3), g.Leaf(-0.7)}
	x := []ID{g.Leaf(1.0), g.Leaf(2.0)}
	b := g.Leaf(0.1)
	s := b
	for i := range w {
		s = g.Add(s, g.Mul(w[i], x[i]))
	}
	y := g.Tanh(s)
	loss := g.Pow(g.Add(y, g.Leaf(-1)), 2)
	g.Backward(loss)
	fmt.Print(g.Dump())
	fmt.Printf("kinds: %v %s %d\n", OpTanh, OpPow, OpMul)
	fmt.Printf("%+v\n", g.nodes[loss])
}
