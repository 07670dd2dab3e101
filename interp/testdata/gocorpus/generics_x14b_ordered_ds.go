package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type BST[K cmp.Ordered, V any] struct {
	root *bstNode[K, V]
	n    int
}

type bstNode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *bstNode[K, V]
}

func (t *BST[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &bstNode[K, V]{k: k, v: v}
	t.n++
}

func (t *BST[K, V]) All(yield func(K, V) bool) {
	var walk func(*bstNode[K, V]) bool
	walk = func(n *bstNode[K, V]) bool {
		return n == nil || (walk(n.left) && yield(n.k, n.v) && walk(n.right))
	}
	walk(t.root)
}

func (t *BST[K, V]) Height() int {
	var h func(*bstNode[K, V]) int
	h = func(n *bstNode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v|%v>", p.First, p.Second) }

func MinMax[T cmp.Ordered](xs ...T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

func main() {
	var s Stack[Pair[string, int]]
	s.Push(Pair[string, int]{"a", 1}, Pair[string, int]{"b", 2})
	s.Push(Pair[string, int]{"c", 3})
	for s.Len() > 0 {
		p, _ := s.Pop()
		fmt.Print(p, " ")
	}
	_, ok := s.Pop()
	fmt.Println(ok)

	t := &BST[string, int]{}
	for i, w := range strings.Fields("m f t b h p w a c m") {
		t.Put(w, i)
	}
	for k, v := range t.All {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println("| n", t.n, "height", t.Height())
	for k := range t.All {
		if k > "f" {
			break
		}
		fmt.Print(k)
	}
	fmt.Println()
	fmt.Println(MinMax(3, 1, 4, 1, 5, 9, 2, 6))
	fmt.Println(MinMax("pear", "apple", "zoo"))
	fmt.Println(MinMax(2.5, -0.5))
}
