// Exercises: recursive generic type (a generic n-ary tree) and depth-first traversal.
package main

import "fmt"

type Node[T any] struct {
	Val      T
	Children []*Node[T]
}

func (n *Node[T]) Add(v T) *Node[T] {
	c := &Node[T]{Val: v}
	n.Children = append(n.Children, c)
	return c
}

func (n *Node[T]) Walk(depth int, f func(int, T)) {
	f(depth, n.Val)
	for _, c := range n.Children {
		c.Walk(depth+1, f)
	}
}

func Count[T any](n *Node[T]) int {
	total := 1
	for _, c := range n.Children {
		total += Count(c)
	}
	return total
}

func main() {
	root := &Node[string]{Val: "root"}
	a := root.Add("a")
	a.Add("a1")
	a.Add("a2")
	root.Add("b").Add("b1").Add("b1x")
	root.Walk(0, func(d int, s string) {
		fmt.Printf("%*s%s\n", d*2, "", s)
	})
	fmt.Println(Count(root))
}
