package main

import (
	"fmt"
	"math"
)

type Op int

const (
	Leaf Op = iota
	Add
	Mul
	Pow
	ReLU
	Exp
)

func (o Op) String() string {
	return [...]string{"leaf", "add", "mul", "pow", "relu", "exp"}[o]
}

type Node struct {
	Data, Grad float64
	Op         Op
	Args       []*Node
	K          float64
}

func leaf(x float64) *Node { return &Node{Data: x} }
func add(a, b *Node) *Node { return &Node{Data: a.Data + b.Data, Op: Add, Args: []*Node{a, b}} }
func mul(a, b *Node) *Node { return &Node{Data: a.Data * b.Data, Op: Mul, Args: []*Node{a, b}} }
func pow(a *Node, k float64) *Node {
	return &Node{Data: math.Pow(a.Data, k), Op: Pow, Args: []*Node{a}, K: k}
}
func relu(a *Node) *Node { return &Node{Data: max(a.Data, 0), Op: ReLU, Args: []*Node{a}} }
func exp(a *Node) *Node  { return &Node{Data: math.Exp(a.Data), Op: Exp, Args: []*Node{a}} }

func (n *Node) local() {
	switch n.Op {
	case Add:
		n.Args[0].Grad += n.Grad
		n.Args[1].Grad += n.Grad
	case Mul:
		a, b := n.Args[0], n.Args[1]
		a.Grad += b.Data * n.Grad
		b.Grad += a.Data * n.Grad
	case Pow:
		a := n.Args[0]
		a.Grad += n.K * math.Pow(a.Data, n.K-1) * n.Grad
	case ReLU:
		if n.Data > 0 {
			n.Args[0].Grad += n.Grad
		}
	case Exp:
		n.Args[0].Grad += n.Data * n.Grad
	case Leaf:
	default:
		panic(fmt.Sprintf("unknown op %d", int(n.Op)))
	}
}

func backward(root *Node) map[Op]int {
	var order []*Node
	visited := make(map[*Node]struct{})
	var visit func(*Node)
	visit = func(n *Node) {
		if _, ok := visited[n]; ok {
			return
		}
		visited[n] = struct{}{}
		for _, a := range n.Args {
			visit(a)
		}
		order = append(order, n)
	}
	visit(root)
	counts := map[Op]int{}
	root.Grad = 1
	for i := len(order) - 1; i >= 0; i-- {
		counts[order[i].Op]++
		order[i].local()
	}
	return counts
}

func main() {
	a, b := leaf(-4), leaf(2)
	c := add(a, b)
	d := add(mul(a, b), pow(b, 3))
	c = add(c, add(c, leaf(1)))
	e := relu(add(d, mul(c, leaf(-1))))
	f := add(exp(mul(b, leaf(0.5))), e)
	counts := backward(f)
	fmt.Printf("f=%.4f a.grad=%.4f b.grad=%.4f\n", f.Data, a.Grad, b.Grad)
	fmt.Println(counts)
	fmt.Printf("%v %d %s\n", Pow, Mul, ReLU)
}
