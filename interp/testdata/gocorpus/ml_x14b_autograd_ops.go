package main

import (
	"fmt"
	"math"
	"strings"
)

type Node struct {
	val, grad float64
	label     string
	parents   []*Node
	back      func()
}

type Op func(...*Node) *Node

func leaf(label string, v float64) *Node { return &Node{val: v, label: label} }

func (n *Node) Pow(k float64) *Node {
	out := &Node{val: math.Pow(n.val, k), parents: []*Node{n}, label: fmt.Sprintf("(%s^%g)", n.label, k)}
	out.back = func() { n.grad += k * math.Pow(n.val, k-1) * out.grad }
	return out
}

func (n *Node) ReLU() *Node {
	out := &Node{val: max(0, n.val), parents: []*Node{n}, label: "relu(" + n.label + ")"}
	out.back = func() {
		if out.val > 0 {
			n.grad += out.grad
		}
	}
	return out
}

func (n *Node) Exp() *Node {
	out := &Node{val: math.Exp(n.val), parents: []*Node{n}, label: "exp(" + n.label + ")"}
	out.back = func() { n.grad += out.val * out.grad }
	return out
}

func Sum(ns ...*Node) *Node {
	out := &Node{parents: ns}
	labels := make([]string, len(ns))
	for i, n := range ns {
		out.val += n.val
		labels[i] = n.label
	}
	out.label = "(" + strings.Join(labels, "+") + ")"
	out.back = func() {
		for _, n := range ns {
			n.grad += out.grad
		}
	}
	return out
}

func Mul(a, b *Node) *Node {
	out := &Node{val: a.val * b.val, parents: []*Node{a, b}, label: a.label + "*" + b.label}
	out.back = func() {
		a.grad += b.val * out.grad
		b.grad += a.val * out.grad
	}
	return out
}

func (n *Node) Backward() {
	order := []*Node{}
	visited := make(map[*Node]struct{})
	var visit func(*Node)
	visit = func(x *Node) {
		if _, ok := visited[x]; ok {
			return
		}
		visited[x] = struct{}{}
		for _, p := range x.parents {
			visit(p)
		}
		order = append(order, x)
	}
	visit(n)
	n.grad = 1
	for i := len(order) - 1; i >= 0; i-- {
		if order[i].back != nil {
			order[i].back()
		}
	}
}

func main() {
	a, b, c := leaf("a", 2), leaf("b", -3), leaf("c", 0.5)
	loss := Sum(Mul(a, b).ReLU(), a.Pow(3), Mul(c, a).Exp(), Mul(b, b))
	loss.Backward()
	fmt.Println(loss.label)
	fmt.Printf("loss=%.6f\n", loss.val)
	for _, n := range []*Node{a, b, c} {
		fmt.Printf("d/d%s = %.6f\n", n.label, n.grad)
	}
	// numeric check for a
	f := func(av float64) float64 {
		return max(0, av*-3) + av*av*av + math.Exp(0.5*av) + 9
	}
	h := 1e-6
	fmt.Printf("numeric d/da = %.4f\n", (f(2+h)-f(2-h))/(2*h))
}
