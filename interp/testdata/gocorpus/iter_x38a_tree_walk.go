package main

import (
	"cmp"
	"fmt"
	"iter"
)

// Tree is a binary search tree.
type Tree[E cmp.Ordered] struct {
	root *node[E]
	size int
}

type node[E cmp.Ordered] struct {
	val         E
	left, right *node[E]
}

func (t *Tree[E]) Insert(v E) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(v, (*p).val); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return
		}
	}
	*p = &node[E]{val: v}
	t.size++
}

// All returns an iterator over the values in order.
func (t *Tree[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		t.root.push(yield)
	}
}

func (n *node[E]) push(yield func(E) bool) bool {
	if n == nil {
		return true
	}
	return n.left.push(yield) && yield(n.val) && n.right.push(yield)
}

// Backward iterates in reverse order, with index.
func (t *Tree[E]) Backward() iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		i := t.size - 1
		var walk func(n *node[E]) bool
		walk = func(n *node[E]) bool {
			if n == nil {
				return true
			}
			if !walk(n.right) {
				return false
			}
			if !yield(i, n.val) {
				return false
			}
			i--
			return walk(n.left)
		}
		walk(t.root)
	}
}

// Filter adapts a sequence.
func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// EqualSeq reports whether two sequences hold the same values, using iter.Pull.
func EqualSeq[V comparable](a, b iter.Seq[V]) bool {
	nextA, stopA := iter.Pull(a)
	defer stopA()
	nextB, stopB := iter.Pull(b)
	defer stopB()
	for {
		va, okA := nextA()
		vb, okB := nextB()
		if okA != okB || va != vb {
			return false
		}
		if !okA {
			return true
		}
	}
}

func main() {
	var t Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		t.Insert(v)
	}
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println("size", t.size)

	for i, v := range t.Backward() {
		if i < 5 {
			break
		}
		fmt.Printf("[%d]=%d ", i, v)
	}
	fmt.Println()

	even := Filter(t.All(), func(v int) bool { return v%20 == 0 })
	for v := range even {
		fmt.Print(v, ";")
	}
	fmt.Println()

	var u Tree[int]
	for _, v := range []int{80, 65, 60, 70, 20, 50, 30, 40} {
		u.Insert(v)
	}
	fmt.Println("equal:", EqualSeq(t.All(), u.All()))
	u.Insert(99)
	fmt.Println("equal after insert:", EqualSeq(t.All(), u.All()))

	var words Tree[string]
	for _, w := range []string{"iter", "seq", "yield", "pull", "range"} {
		words.Insert(w)
	}
	for w := range words.All() {
		if w > "r" {
			break
		}
		fmt.Println(w)
	}
}
