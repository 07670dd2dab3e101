package main

import (
	"container/heap"
	"fmt"
)

type Node struct {
	name  string
	depth int
	val   float64
	grad  float64
	ins   []*Node
	local []float64
}

type byDepth []*Node

func (h byDepth) Len() int { return len(h) }
func (h byDepth) Less(i, j int) bool {
	if h[i].depth != h[j].depth {
		return h[i].depth > h[j].depth
	}
	return h[i].name < h[j].name
}
func (h byDepth) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *byDepth) Push(x any)   { *h = append(*h, x.(*Node)) }
func (h *byDepth) Pop() any {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}

func op(name string, val float64, ins []*Node, local []float64) *Node {
	d := 0
	for _, in := range ins {
		d = max(d, in.depth+1)
	}
	return &Node{name: name, depth: d, val: val, ins: ins, local: local}
}

func main() {
	x := &Node{name: "x", val: 3}
	y := &Node{name: "y", val: -1}
	a := op("a=x*y", x.val*y.val, []*Node{x, y}, []float64{y.val, x.val})
	b := op("b=x+a", x.val+a.val, []*Node{x, a}, []float64{1, 1})
	c := op("c=a*a", a.val*a.val, []*Node{a, a}, []float64{a.val, a.val})
	out := op("out=b+c", b.val+c.val, []*Node{b, c}, []float64{1, 1})
	out.grad = 1
	h := &byDepth{out}
	queued := map[*Node]bool{out: true}
	for h.Len() > 0 {
		n := heap.Pop(h).(*Node)
		fmt.Printf("visit %-8s depth=%d val=%5.1f grad=%5.1f\n", n.name, n.depth, n.val, n.grad)
		for i, in := range n.ins {
			in.grad += n.local[i] * n.grad
			if !queued[in] {
				queued[in] = true
				heap.Push(h, in)
			}
		}
	}
	fmt.Printf("dx=%.1f dy=%.1f\n", x.grad, y.grad)
}
