package main

import (
	"fmt"
	"iter"
	"slices"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func Leaf[T any](v T) *Tree[T] { return &Tree[T]{Val: v} }

func Node[T any](l, r *Tree[T]) *Tree[T] { return &Tree[T]{Left: l, Right: r} }

func (t *Tree[T]) IsLeaf() bool { return t.Left == nil && t.Right == nil }

// Leaves yields the leaf values left to right.
func (t *Tree[T]) Leaves() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.push(yield)
	}
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	if t.IsLeaf() {
		return yield(t.Val)
	}
	return t.Left.push(yield) && t.Right.push(yield)
}

func Equal[T comparable](a, b iter.Seq[T]) bool {
	na, stopA := iter.Pull(a)
	defer stopA()
	nb, stopB := iter.Pull(b)
	defer stopB()
	for {
		va, okA := na()
		vb, okB := nb()
		if okA != okB || va != vb {
			return false
		}
		if !okA {
			return true
		}
	}
}

func Depth[T any](t *Tree[T]) int {
	if t == nil {
		return 0
	}
	return 1 + max(Depth(t.Left), Depth(t.Right))
}

func main() {
	t1 := Node(Node(Leaf(1), Leaf(2)), Node(Leaf(3), Node(Leaf(4), Leaf(5))))
	t2 := Node(Leaf(1), Node(Node(Leaf(2), Leaf(3)), Node(Leaf(4), Leaf(5))))
	t3 := Node(Leaf(1), Node(Leaf(2), Leaf(4)))

	fmt.Println(slices.Collect(t1.Leaves()), Depth(t1))
	fmt.Println(slices.Collect(t2.Leaves()), Depth(t2))
	fmt.Println("t1==t2:", Equal(t1.Leaves(), t2.Leaves()))
	fmt.Println("t1==t3:", Equal(t1.Leaves(), t3.Leaves()))
	fmt.Println("t3==t3:", Equal(t3.Leaves(), t3.Leaves()))

	words := Node(Node(Leaf("go"), Leaf("is")), Leaf("fun"))
	for w := range words.Leaves() {
		fmt.Print(w, " ")
	}
	fmt.Println()

	var sum int
	for v := range t1.Leaves() {
		if v > 3 {
			break
		}
		sum += v
	}
	fmt.Println("sum before 4:", sum)

	var empty *Tree[string]
	fmt.Println(slices.Collect(empty.Leaves()) == nil, Equal(empty.Leaves(), empty.Leaves()))
	fmt.Printf("%T %v\n", t3.Right, t3.Right.Right.Val)
}
