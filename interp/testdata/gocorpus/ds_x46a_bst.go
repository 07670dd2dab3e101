package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	size int
}

type tnode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *tnode[K, V]
}

var ErrEmptyTree = errors.New("bst: empty tree")

func (t *Tree[K, V]) Insert(k K, v V) {
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
	*p = &tnode[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Min() (K, error) {
	if t.root == nil {
		var zero K
		return zero, ErrEmptyTree
	}
	n := t.root
	for n.left != nil {
		n = n.left
	}
	return n.key, nil
}

func deleteNode[K cmp.Ordered, V any](n *tnode[K, V], k K) (*tnode[K, V], bool) {
	if n == nil {
		return nil, false
	}
	var ok bool
	switch {
	case k < n.key:
		n.left, ok = deleteNode(n.left, k)
	case k > n.key:
		n.right, ok = deleteNode(n.right, k)
	default:
		if n.left == nil {
			return n.right, true
		}
		if n.right == nil {
			return n.left, true
		}
		s := n.right
		for s.left != nil {
			s = s.left
		}
		n.key, n.val = s.key, s.val
		n.right, _ = deleteNode(n.right, s.key)
		return n, true
	}
	return n, ok
}

func (t *Tree[K, V]) Delete(k K) bool {
	var ok bool
	t.root, ok = deleteNode(t.root, k)
	if ok {
		t.size--
	}
	return ok
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var stack []*tnode[K, V]
		n := t.root
		for n != nil || len(stack) > 0 {
			for n != nil {
				stack = append(stack, n)
				n = n.left
			}
			n = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !yield(n.key, n.val) {
				return
			}
			n = n.right
		}
	}
}

func (t *Tree[K, V]) String() string {
	var parts []string
	for k, v := range t.All() {
		parts = append(parts, fmt.Sprintf("%v=%v", k, v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var t Tree[int, string]
	if _, err := t.Min(); err != nil {
		fmt.Println("min:", err)
	}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45} {
		t.Insert(k, fmt.Sprintf("n%d", k))
	}
	fmt.Println(t.String())
	fmt.Println("size", t.size)
	m, _ := t.Min()
	fmt.Println("min", m)
	for _, k := range []int{30, 50, 99} {
		fmt.Printf("delete %d: %v\n", k, t.Delete(k))
	}
	fmt.Println(&t)
	for k := range t.All() {
		if k > 45 {
			break
		}
		fmt.Print(k, ";")
	}
	fmt.Println()

	var words Tree[string, int]
	for i, w := range strings.Fields("delta alpha echo bravo charlie alpha") {
		words.Insert(w, i)
	}
	fmt.Printf("%v size=%d\n", &words, words.size)
}
