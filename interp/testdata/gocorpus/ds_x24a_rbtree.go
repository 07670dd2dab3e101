package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type color bool

const (
	red   color = true
	black color = false
)

func (c color) String() string {
	if c == red {
		return "R"
	}
	return "B"
}

type rbNode[K cmp.Ordered] struct {
	key         K
	c           color
	left, right *rbNode[K]
}

func isRed[K cmp.Ordered](n *rbNode[K]) bool { return n != nil && n.c == red }

// Left-leaning red-black tree (Sedgewick).
type LLRB[K cmp.Ordered] struct {
	root *rbNode[K]
	size int
}

func rotateLeft[K cmp.Ordered](h *rbNode[K]) *rbNode[K] {
	x := h.right
	h.right = x.left
	x.left = h
	x.c, h.c = h.c, red
	return x
}

func rotateRight[K cmp.Ordered](h *rbNode[K]) *rbNode[K] {
	x := h.left
	h.left = x.right
	x.right = h
	x.c, h.c = h.c, red
	return x
}

func flip[K cmp.Ordered](h *rbNode[K]) {
	h.c = !h.c
	h.left.c = !h.left.c
	h.right.c = !h.right.c
}

func (t *LLRB[K]) Insert(k K) {
	var put func(h *rbNode[K]) *rbNode[K]
	put = func(h *rbNode[K]) *rbNode[K] {
		if h == nil {
			t.size++
			return &rbNode[K]{key: k, c: red}
		}
		switch {
		case k < h.key:
			h.left = put(h.left)
		case k > h.key:
			h.right = put(h.right)
		}
		if isRed(h.right) && !isRed(h.left) {
			h = rotateLeft(h)
		}
		if isRed(h.left) && isRed(h.left.left) {
			h = rotateRight(h)
		}
		if isRed(h.left) && isRed(h.right) {
			flip(h)
		}
		return h
	}
	t.root = put(t.root)
	t.root.c = black
}

func (t *LLRB[K]) InOrder() iter.Seq2[K, color] {
	return func(yield func(K, color) bool) {
		var walk func(*rbNode[K]) bool
		walk = func(n *rbNode[K]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.c) && walk(n.right))
		}
		walk(t.root)
	}
}

func blackHeight[K cmp.Ordered](n *rbNode[K]) (int, bool) {
	if n == nil {
		return 1, true
	}
	l, okl := blackHeight(n.left)
	r, okr := blackHeight(n.right)
	add := 0
	if n.c == black {
		add = 1
	}
	return l + add, okl && okr && l == r
}

func main() {
	var t LLRB[int]
	for _, k := range []int{10, 20, 30, 15, 25, 5, 1, 8, 12, 30, 40, 35} {
		t.Insert(k)
	}
	var sb strings.Builder
	for k, c := range t.InOrder() {
		fmt.Fprintf(&sb, "%d%v ", k, c)
	}
	fmt.Println(sb.String())
	bh, ok := blackHeight(t.root)
	fmt.Println("size", t.size, "root", t.root.key, t.root.c, "black-height", bh, ok)
	var w LLRB[string]
	for _, s := range strings.Split("s e a r c h e x a m p l e", " ") {
		w.Insert(s)
	}
	for k := range w.InOrder() {
		fmt.Print(k)
	}
	fmt.Println(" ", w.size, w.root.key)
	fmt.Printf("%v %s %d\n", red, black, w.size)
}
