package main

import (
	"fmt"
	"iter"
	"math"
)

type Node struct {
	val, grad float64
	name      string
	parents   []*Node
	local     []float64
}

func leaf(name string, v float64) *Node { return &Node{name: name, val: v} }

func mul(a, b *Node) *Node {
	return &Node{name: a.name + "*" + b.name, val: a.val * b.val, parents: []*Node{a, b}, local: []float64{b.val, a.val}}
}

func add(a, b *Node) *Node {
	return &Node{name: a.name + "+" + b.name, val: a.val + b.val, parents: []*Node{a, b}, local: []float64{1, 1}}
}

func sin(a *Node) *Node {
	return &Node{name: "sin(" + a.name + ")", val: math.Sin(a.val), parents: []*Node{a}, local: []float64{math.Cos(a.val)}}
}

func Topo(root *Node) iter.Seq[*Node] {
	return func(yield func(*Node) bool) {
		seen := map[*Node]bool{}
		var order []*Node
		var dfs func(*Node)
		dfs = func(n *Node) {
			if seen[n] {
				return
			}
			seen[n] = true
			for _, p := range n.parents {
				dfs(p)
			}
			order = append(order, n)
		}
		dfs(root)
		for i := len(order) - 1; i >= 0; i-- {
			if !yield(order[i]) {
				return
			}
		}
	}
}

func Edges(n *Node) iter.Seq2[*Node, float64] {
	return func(yield func(*Node, float64) bool) {
		for i, p := range n.parents {
			if !yield(p, n.local[i]) {
				return
			}
		}
	}
}

func main() {
	x := leaf("x", 1.5)
	y := leaf("y", -0.5)
	f := add(mul(x, y), sin(x))
	f.grad = 1
	for n := range Topo(f) {
		for p, d := range Edges(n) {
			p.grad += d * n.grad
		}
	}
	fmt.Printf("f = %s = %.5f\n", f.name, f.val)
	fmt.Printf("df/dx = %.5f (expect %.5f)\n", x.grad, y.val+math.Cos(x.val))
	fmt.Printf("df/dy = %.5f (expect %.5f)\n", y.grad, x.val)
	count := 0
	for n := range Topo(f) {
		count++
		if count > 2 {
			break
		}
		fmt.Println("visit", n.name)
	}
}
