// Exercises: a range-over-func iterator that walks a binary tree in order.
package main

import (
	"fmt"
	"iter"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		t.push(yield)
	}
}

func (t *Tree) push(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func main() {
	t := &Tree{Val: 5, Left: &Tree{Val: 3, Left: &Tree{Val: 1}}, Right: &Tree{Val: 8, Left: &Tree{Val: 6}}}
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range t.All() {
		if v > 4 {
			fmt.Println("first > 4:", v)
			break
		}
	}
}
