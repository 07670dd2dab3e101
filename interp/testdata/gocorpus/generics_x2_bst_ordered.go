// Exercises: generic binary search tree over cmp.Ordered with recursive methods.
package main

import (
	"cmp"
	"fmt"
)

type Tree[T cmp.Ordered] struct {
	root *treeNode[T]
	n    int
}

type treeNode[T cmp.Ordered] struct {
	v           T
	left, right *treeNode[T]
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(v, (*p).v); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &treeNode[T]{v: v}
	t.n++
	return true
}

func (n *treeNode[T]) walk(visit func(T)) {
	if n == nil {
		return
	}
	n.left.walk(visit)
	visit(n.v)
	n.right.walk(visit)
}

func (n *treeNode[T]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func main() {
	var t Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		fmt.Print(t.Insert(v), " ")
	}
	fmt.Println()
	var out []int
	t.root.walk(func(v int) { out = append(out, v) })
	fmt.Println(out, t.n, t.root.height())
	var words Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		words.Insert(w)
	}
	words.root.walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
}
