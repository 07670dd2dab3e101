// Exercises: iterative topological sort with an explicit stack, gradient accumulation at forks, pointer keys in a map
package main

import "fmt"

type Node struct {
	Val, Grad float64
	Parents   []*Node
	Local     []float64
	Name      string
}

func leaf(name string, v float64) *Node { return &Node{Val: v, Name: name} }
func add(a, b *Node) *Node {
	return &Node{Val: a.Val + b.Val, Parents: []*Node{a, b}, Local: []float64{1, 1}, Name: "+"}
}
func mul(a, b *Node) *Node {
	return &Node{Val: a.Val * b.Val, Parents: []*Node{a, b}, Local: []float64{b.Val, a.Val}, Name: "*"}
}

func topo(root *Node) []*Node {
	var order []*Node
	seen, next := map[*Node]bool{root: true}, map[*Node]int{}
	stack := []*Node{root}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		if next[top] < len(top.Parents) {
			p := top.Parents[next[top]]
			next[top]++
			if !seen[p] {
				seen[p] = true
				stack = append(stack, p)
			}
			continue
		}
		order = append(order, top)
		stack = stack[:len(stack)-1]
	}
	return order
}

func main() {
	a, b := leaf("a", 3), leaf("b", -2)
	e := mul(a, a)                 // a used twice: gradients add
	f := add(add(e, mul(a, b)), a) // a^2 + ab + a
	order := topo(f)
	f.Grad = 1
	for i := len(order) - 1; i >= 0; i-- {
		n := order[i]
		for j, p := range n.Parents {
			p.Grad += n.Local[j] * n.Grad
		}
	}
	for _, n := range order {
		fmt.Printf("%s:%g:%g ", n.Name, n.Val, n.Grad)
	}
	fmt.Println("\nlen", len(order), "da", a.Grad, "db", b.Grad)
}
