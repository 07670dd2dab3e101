package main

import (
	"cmp"
	"fmt"
	"strings"
)

type BST[K cmp.Ordered, V any] struct {
	root *bnode[K, V]
	n    int
}

type bnode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *bnode[K, V]
}

func (t *BST[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &bnode[K, V]{key: k, val: v}
	t.n++
}

func deleteNode[K cmp.Ordered, V any](n *bnode[K, V], k K, found *bool) *bnode[K, V] {
	if n == nil {
		return nil
	}
	if k < n.key {
		n.left = deleteNode(n.left, k, found)
	} else if k > n.key {
		n.right = deleteNode(n.right, k, found)
	} else {
		*found = true
		if n.left == nil {
			return n.right
		}
		if n.right == nil {
			return n.left
		}
		succ := n.right
		for succ.left != nil {
			succ = succ.left
		}
		n.key, n.val = succ.key, succ.val
		var dummy bool
		n.right = deleteNode(n.right, succ.key, &dummy)
	}
	return n
}

func (t *BST[K, V]) Delete(k K) bool {
	var found bool
	t.root = deleteNode(t.root, k, &found)
	if found {
		t.n--
	}
	return found
}

func (t *BST[K, V]) walk(n *bnode[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	t.walk(n.left, f)
	f(n.key, n.val)
	t.walk(n.right, f)
}

func height[K cmp.Ordered, V any](n *bnode[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func (t BST[K, V]) String() string {
	parts := []string{}
	t.walk(t.root, func(k K, v V) { parts = append(parts, fmt.Sprintf("%v=%v", k, v)) })
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	var t BST[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	fmt.Println(t, t.n, height(t.root))
	for _, k := range []int{20, 30, 50, 99, 70} {
		ok := t.Delete(k)
		fmt.Printf("delete %d: %v -> %v (n=%d h=%d)\n", k, ok, t, t.n, height(t.root))
	}
	t.Put(45, "updated")
	fmt.Println(t.root.key, t)
}
