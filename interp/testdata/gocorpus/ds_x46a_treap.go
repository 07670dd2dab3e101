package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type treapNode struct {
	key, prio   int
	size        int
	left, right *treapNode
}

func sz(n *treapNode) int {
	if n == nil {
		return 0
	}
	return n.size
}

func (n *treapNode) fix() { n.size = 1 + sz(n.left) + sz(n.right) }

// split into keys < k and keys >= k
func split(n *treapNode, k int) (*treapNode, *treapNode) {
	if n == nil {
		return nil, nil
	}
	if n.key < k {
		l, r := split(n.right, k)
		n.right = l
		n.fix()
		return n, r
	}
	l, r := split(n.left, k)
	n.left = r
	n.fix()
	return l, n
}

func merge(a, b *treapNode) *treapNode {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	if a.prio > b.prio {
		a.right = merge(a.right, b)
		a.fix()
		return a
	}
	b.left = merge(a, b.left)
	b.fix()
	return b
}

type Treap struct {
	root *treapNode
	rng  *rand.Rand
}

func (t *Treap) Insert(k int) {
	if t.Contains(k) {
		return
	}
	l, r := split(t.root, k)
	n := &treapNode{key: k, prio: t.rng.Intn(1000), size: 1}
	t.root = merge(merge(l, n), r)
}

func (t *Treap) Delete(k int) {
	l, r := split(t.root, k)
	_, r2 := split(r, k+1)
	t.root = merge(l, r2)
}

func (t *Treap) Contains(k int) bool {
	n := t.root
	for n != nil && n.key != k {
		if k < n.key {
			n = n.left
		} else {
			n = n.right
		}
	}
	return n != nil
}

// Kth returns the k-th smallest key (0-based).
func (t *Treap) Kth(k int) (int, error) {
	if k < 0 || k >= sz(t.root) {
		return 0, fmt.Errorf("kth: index %d out of [0,%d)", k, sz(t.root))
	}
	n := t.root
	for {
		ls := sz(n.left)
		switch {
		case k < ls:
			n = n.left
		case k == ls:
			return n.key, nil
		default:
			k -= ls + 1
			n = n.right
		}
	}
}

func (t *Treap) String() string {
	var sb strings.Builder
	var walk func(*treapNode)
	walk = func(n *treapNode) {
		if n != nil {
			walk(n.left)
			fmt.Fprintf(&sb, "%d ", n.key)
			walk(n.right)
		}
	}
	walk(t.root)
	return strings.TrimSpace(sb.String())
}

func main() {
	t := &Treap{rng: rand.New(rand.NewSource(7))}
	for _, k := range []int{50, 20, 80, 10, 30, 70, 90, 60, 40, 20} {
		t.Insert(k)
	}
	fmt.Println(t, "size", sz(t.root))
	for _, k := range []int{0, 4, 8, 9} {
		v, err := t.Kth(k)
		fmt.Println(k, v, err)
	}
	t.Delete(50)
	t.Delete(55)
	fmt.Println(t, t.Contains(50), t.Contains(60))
	l, r := split(t.root, 45)
	fmt.Println("split sizes:", sz(l), sz(r))
	t.root = merge(l, r)
	med, _ := t.Kth(sz(t.root) / 2)
	fmt.Println("median:", med)
}
