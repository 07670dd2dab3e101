package main

import (
	"cmp"
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

// Pair holds two values of possibly different types.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v, %v)", p.Key, p.Val) }

// SortedPairs returns a map's entries ordered by key.
func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// Set is a generic set type.
type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

// Stringish is satisfied by types with a String method and string underlying type.
type Stringish interface {
	~string
	String() string
}

type Name string

func (n Name) String() string { return strings.ToUpper(string(n)) }

func JoinAll[S Stringish](xs []S) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String() + "/" + string(x)
	}
	return strings.Join(parts, " ")
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	fmt.Println(Max(3, 7), Max("apple", "banana"), Max(2.5, -1.0), Max[int8](-3, -4))
	fmt.Println(SortedPairs(map[string]int{"b": 2, "a": 1, "c": 3}))
	fmt.Printf("%v\n", Pair[int, []string]{1, []string{"x"}})

	s1 := NewSet(1, 2, 3)
	s2 := NewSet(3, 4)
	u := s1.Union(s2)
	fmt.Println(u.Len(), u.Has(4), u.Has(5), len(NewSet[string]()))

	fmt.Println(JoinAll([]Name{"ann", "bo"}))

	total := Reduce([]int{1, 2, 3, 4}, 0, func(a, x int) int { return a + x })
	csv := Reduce([]string{"a", "b", "c"}, "", func(a, x string) string {
		if a == "" {
			return x
		}
		return a + "," + x
	})
	fmt.Println(total, csv)

	var root *Tree[string]
	for _, w := range strings.Fields("m d x a f z") {
		root = root.Insert(w)
	}
	root.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Printf("%T\n", root)
}
