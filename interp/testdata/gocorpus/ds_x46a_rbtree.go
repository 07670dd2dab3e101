package main

import (
	"cmp"
	"fmt"
	"strings"
)

type color bool

const (
	red   color = true
	black color = false
)

func (c color) String() string { return map[color]string{red: "R", black: "B"}[c] }

type rbNode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	color       color
	left, right *rbNode[K, V]
}

// LLRB is a left-leaning red-black tree (Sedgewick).
type LLRB[K cmp.Ordered, V any] struct {
	root *rbNode[K, V]
	n    int
}

func isRed[K cmp.Ordered, V any](n *rbNode[K, V]) bool { return n != nil && n.color == red }

func (t *LLRB[K, V]) rotL(h *rbNode[K, V]) *rbNode[K, V] {
	x := h.right
	h.right = x.left
	x.left = h
	x.color = h.color
	h.color = red
	return x
}

func (t *LLRB[K, V]) rotR(h *rbNode[K, V]) *rbNode[K, V] {
	x := h.left
	h.left = x.right
	x.right = h
	x.color = h.color
	h.color = red
	return x
}

func flip[K cmp.Ordered, V any](h *rbNode[K, V]) {
	h.color = !h.color
	h.left.color = !h.left.color
	h.right.color = !h.right.color
}

func (t *LLRB[K, V]) put(h *rbNode[K, V], k K, v V) *rbNode[K, V] {
	if h == nil {
		t.n++
		return &rbNode[K, V]{key: k, val: v, color: red}
	}
	switch c := cmp.Compare(k, h.key); {
	case c < 0:
		h.left = t.put(h.left, k, v)
	case c > 0:
		h.right = t.put(h.right, k, v)
	default:
		h.val = v
	}
	if isRed(h.right) && !isRed(h.left) {
		h = t.rotL(h)
	}
	if isRed(h.left) && isRed(h.left.left) {
		h = t.rotR(h)
	}
	if isRed(h.left) && isRed(h.right) {
		flip(h)
	}
	return h
}

func (t *LLRB[K, V]) Put(k K, v V) {
	t.root = t.put(t.root, k, v)
	t.root.color = black
}

func (t *LLRB[K, V]) blackHeight() (int, error) {
	var check func(n *rbNode[K, V]) (int, error)
	check = func(n *rbNode[K, V]) (int, error) {
		if n == nil {
			return 1, nil
		}
		if isRed(n) && isRed(n.left) {
			return 0, fmt.Errorf("double red at %v", n.key)
		}
		l, err := check(n.left)
		if err != nil {
			return 0, err
		}
		r, err := check(n.right)
		if err != nil {
			return 0, err
		}
		if l != r {
			return 0, fmt.Errorf("black height mismatch at %v: %d vs %d", n.key, l, r)
		}
		if n.color == black {
			l++
		}
		return l, nil
	}
	return check(t.root)
}

func (t *LLRB[K, V]) String() string {
	var sb strings.Builder
	var pre func(n *rbNode[K, V])
	pre = func(n *rbNode[K, V]) {
		if n == nil {
			sb.WriteString("-")
			return
		}
		fmt.Fprintf(&sb, "(%v%v ", n.key, n.color)
		pre(n.left)
		sb.WriteByte(' ')
		pre(n.right)
		sb.WriteByte(')')
	}
	pre(t.root)
	return sb.String()
}

func main() {
	t := &LLRB[string, int]{}
	for i, k := range strings.Split("SEARCHEXAMPLE", "") {
		t.Put(k, i)
	}
	fmt.Println(t)
	bh, err := t.blackHeight()
	fmt.Println("size", t.n, "black height", bh, "err", err)
	nums := &LLRB[int, struct{}]{}
	for i := 1; i <= 64; i++ {
		nums.Put(i, struct{}{})
	}
	bh, err = nums.blackHeight()
	fmt.Printf("%d keys, black height %d, err=%v, root=%v%v\n", nums.n, bh, err, nums.root.key, nums.root.color)
}
