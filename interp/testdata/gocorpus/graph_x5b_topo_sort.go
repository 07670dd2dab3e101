// Exercises: graph nodes with parents and local derivatives, iterative topological sort with an explicit stack, grads keyed by node id
package main

import (
	"fmt"
	"math"
)

type Node struct {
	ID      int
	Op      string
	Val     float64
	Parents []*Node
	Local   []float64 // d(self)/d(Parents[i]), known at forward time
}

var nextID int

func op(name string, v float64, local []float64, ps ...*Node) *Node {
	nextID++
	return &Node{nextID, name, v, ps, local}
}

func add(a, b *Node) *Node { return op("+", a.Val+b.Val, []float64{1, 1}, a, b) }
func mul(a, b *Node) *Node { return op("*", a.Val*b.Val, []float64{b.Val, a.Val}, a, b) }
func tanh(a *Node) *Node   { t := math.Tanh(a.Val); return op("tanh", t, []float64{1 - t*t}, a) }

func topo(root *Node) []*Node {
	type frame struct {
		n    *Node
		next int // index of the next parent to visit
	}
	var order []*Node
	stack, seen := []frame{{root, 0}}, map[int]bool{root.ID: true}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.next < len(top.n.Parents) {
			p := top.n.Parents[top.next]
			top.next++
			if !seen[p.ID] {
				seen[p.ID] = true
				stack = append(stack, frame{p, 0})
			}
			continue
		}
		order = append(order, top.n)
		stack = stack[:len(stack)-1]
	}
	return order
}

func main() {
	leaf := func(v float64) *Node { return op("leaf", v, nil) }
	x1, x2, w1, w2, b := leaf(2), leaf(0), leaf(-3), leaf(1), leaf(6.8813735870195432)
	o := tanh(add(add(mul(x1, w1), mul(x2, w2)), b))
	order := topo(o)
	for _, v := range order {
		fmt.Printf("%d%s ", v.ID, v.Op)
	}
	fmt.Printf("\no=%.4f\n", o.Val)
	grad := map[int]float64{o.ID: 1}
	for i := len(order) - 1; i >= 0; i-- {
		for k, l := range order[i].Local {
			grad[order[i].Parents[k].ID] += l * grad[order[i].ID]
		}
	}
	for _, l := range []*Node{x1, x2, w1, w2, b} {
		fmt.Printf("node %d grad %.4f\n", l.ID, grad[l.ID])
	}
}
