package main

import (
	"cmp"
	"fmt"
	"strings"
)

type AVL[T cmp.Ordered] struct {
	root *avlNode[T]
}

type avlNode[T cmp.Ordered] struct {
	v    T
	h    int
	l, r *avlNode[T]
}

func (n *avlNode[T]) height() int {
	if n == nil {
		return 0
	}
	return n.h
}

func (n *avlNode[T]) fix() {
	n.h = 1 + max(n.l.height(), n.r.height())
}

func (n *avlNode[T]) balance() int { return n.l.height() - n.r.height() }

func rotR[T cmp.Ordered](y *avlNode[T]) *avlNode[T] {
	x := y.l
	y.l, x.r = x.r, y
	y.fix()
	x.fix()
	return x
}

func rotL[T cmp.Ordered](x *avlNode[T]) *avlNode[T] {
	y := x.r
	x.r, y.l = y.l, x
	x.fix()
	y.fix()
	return y
}

func insert[T cmp.Ordered](n *avlNode[T], v T, rot *int) *avlNode[T] {
	if n == nil {
		return &avlNode[T]{v: v, h: 1}
	}
	if v < n.v {
		n.l = insert(n.l, v, rot)
	} else if v > n.v {
		n.r = insert(n.r, v, rot)
	} else {
		return n
	}
	n.fix()
	b := n.balance()
	switch {
	case b > 1 && v < n.l.v:
		*rot++
		return rotR(n)
	case b < -1 && v > n.r.v:
		*rot++
		return rotL(n)
	case b > 1:
		*rot += 2
		n.l = rotL(n.l)
		return rotR(n)
	case b < -1:
		*rot += 2
		n.r = rotR(n.r)
		return rotL(n)
	}
	return n
}

func (t *AVL[T]) Insert(vs ...T) int {
	rots := 0
	for _, v := range vs {
		t.root = insert(t.root, v, &rots)
	}
	return rots
}

func show[T cmp.Ordered](n *avlNode[T]) string {
	if n == nil {
		return "."
	}
	if n.l == nil && n.r == nil {
		return fmt.Sprint(n.v)
	}
	return fmt.Sprintf("(%v %s %s)", n.v, show(n.l), show(n.r))
}

func main() {
	var t AVL[int]
	r := t.Insert(1, 2, 3, 4, 5, 6, 7)
	fmt.Println(show(t.root), "rotations:", r, "height:", t.root.height())
	r = t.Insert(15, 14, 13, 12, 11, 10, 9, 8)
	fmt.Println(show(t.root), "rotations:", r, "height:", t.root.height())

	var s AVL[string]
	words := strings.Fields("mango apple kiwi banana cherry date fig grape")
	r = s.Insert(words...)
	fmt.Println(show(s.root), r, s.root.height())
}
