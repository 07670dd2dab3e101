// Exercises: generic types of two type parameters that refer to themselves (a BST, an LRU list, a tree of children), pointers to instances declared in functions
package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type bst[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *bst[K, V]
}

func insert[K cmp.Ordered, V any](t *bst[K, V], k K, v V) *bst[K, V] {
	if t == nil {
		return &bst[K, V]{key: k, val: v}
	}
	switch {
	case k < t.key:
		t.left = insert(t.left, k, v)
	case k > t.key:
		t.right = insert(t.right, k, v)
	default:
		t.val = v
	}
	return t
}

func (t *bst[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		t.walk(yield)
	}
}

func (t *bst[K, V]) walk(yield func(K, V) bool) bool {
	if t == nil {
		return true
	}
	return t.left.walk(yield) && yield(t.key, t.val) && t.right.walk(yield)
}

type entry[K comparable, V any] struct {
	k          K
	v          V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap   int
	items map[K]*entry[K, V]
	head  entry[K, V] // sentinel: head.next is the most recent
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	l := &LRU[K, V]{cap: n, items: map[K]*entry[K, V]{}}
	l.head.next, l.head.prev = &l.head, &l.head
	return l
}

func (l *LRU[K, V]) unlink(e *entry[K, V]) { e.prev.next, e.next.prev = e.next, e.prev }

func (l *LRU[K, V]) front(e *entry[K, V]) {
	e.prev, e.next = &l.head, l.head.next
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU[K, V]) Put(k K, v V) {
	if e, ok := l.items[k]; ok {
		e.v = v
		l.unlink(e)
		l.front(e)
		return
	}
	if len(l.items) == l.cap {
		old := l.head.prev
		l.unlink(old)
		delete(l.items, old.k)
	}
	e := &entry[K, V]{k: k, v: v}
	l.items[k] = e
	l.front(e)
}

func (l *LRU[K, V]) Keys() []K {
	var out []K
	for e := l.head.next; e != &l.head; e = e.next {
		out = append(out, e.k)
	}
	return out
}

type Tree[K comparable, V any] struct {
	Val      V
	Children map[K]*Tree[K, V]
}

func (t *Tree[K, V]) Add(path []K, v V) {
	for _, k := range path {
		if t.Children == nil {
			t.Children = map[K]*Tree[K, V]{}
		}
		next, ok := t.Children[k]
		if !ok {
			next = &Tree[K, V]{}
			t.Children[k] = next
		}
		t = next
	}
	t.Val = v
}

func main() {
	var root *bst[string, int]
	for i, w := range strings.Fields("pear fig apple kiwi fig banana") {
		root = insert(root, w, i)
	}
	for k, v := range root.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()

	l := NewLRU[string, int](2)
	l.Put("a", 1)
	l.Put("b", 2)
	l.Put("a", 3)
	l.Put("c", 4)
	fmt.Println(l.Keys(), len(l.items), l.items["a"].v)

	var t Tree[string, int]
	t.Add([]string{"usr", "bin"}, 7)
	t.Add([]string{"usr", "lib"}, 8)
	var p *Tree[string, int] = t.Children["usr"]
	fmt.Println(len(p.Children), p.Children["bin"].Val, p.Children["lib"].Val)
	fmt.Printf("%T %v\n", p.Children["lib"], p.Children["nope"] == nil)
}
