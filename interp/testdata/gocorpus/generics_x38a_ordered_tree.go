package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Tree is a binary tree whose ordering is given by a comparison function,
// as in the "When To Use Generics" blog post.
type Tree[T any] struct {
	cmp  func(T, T) int
	root *node[T]
}

type node[T any] struct {
	left, right *node[T]
	val         T
}

func NewTree[T any](cmp func(T, T) int) *Tree[T] {
	return &Tree[T]{cmp: cmp}
}

func (bt *Tree[T]) find(val T) **node[T] {
	pl := &bt.root
	for *pl != nil {
		switch c := bt.cmp(val, (*pl).val); {
		case c < 0:
			pl = &(*pl).left
		case c > 0:
			pl = &(*pl).right
		default:
			return pl
		}
	}
	return pl
}

// Insert inserts val into bt if not already there,
// and reports whether it was inserted.
func (bt *Tree[T]) Insert(val T) bool {
	pl := bt.find(val)
	if *pl != nil {
		return false
	}
	*pl = &node[T]{val: val}
	return true
}

func (bt *Tree[T]) Contains(val T) bool { return *bt.find(val) != nil }

func (bt *Tree[T]) Walk(f func(T)) {
	var walk func(*node[T])
	walk = func(n *node[T]) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.val)
		walk(n.right)
	}
	walk(bt.root)
}

func (bt *Tree[T]) Height() int {
	var h func(*node[T]) int
	h = func(n *node[T]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(bt.root)
}

type Version struct{ Major, Minor, Patch int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func compareVersion(a, b Version) int {
	return cmp.Or(
		cmp.Compare(a.Major, b.Major),
		cmp.Compare(a.Minor, b.Minor),
		cmp.Compare(a.Patch, b.Patch),
	)
}

func collect[T any](t *Tree[T]) []T {
	var out []T
	t.Walk(func(v T) { out = append(out, v) })
	return out
}

func main() {
	ints := NewTree(cmp.Compare[int])
	for _, v := range []int{5, 3, 8, 1, 4, 5, 9} {
		if !ints.Insert(v) {
			fmt.Println("duplicate", v)
		}
	}
	fmt.Println(collect(ints), "height", ints.Height())
	fmt.Println(ints.Contains(4), ints.Contains(7))

	words := NewTree(func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	for _, w := range strings.Fields("Go is Expressive concise clean and efficient go IS") {
		words.Insert(w)
	}
	fmt.Printf("%q\n", collect(words))

	versions := NewTree(compareVersion)
	for _, v := range []Version{{1, 2, 3}, {1, 10, 0}, {0, 9, 9}, {1, 2, 10}, {1, 2, 3}} {
		versions.Insert(v)
	}
	fmt.Println(collect(versions))
	fmt.Printf("%v %+v\n", versions.Contains(Version{0, 9, 9}), collect(versions)[0])

	byLen := NewTree(func(a, b []int) int { return cmp.Compare(len(a), len(b)) })
	byLen.Insert([]int{1, 2})
	byLen.Insert([]int{})
	byLen.Insert([]int{3})
	byLen.Insert([]int{4, 5})
	fmt.Println(collect(byLen))
}
