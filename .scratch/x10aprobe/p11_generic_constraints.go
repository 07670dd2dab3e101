package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id-" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + ";"
	}
	return s
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Tree[T interface{ ~int | ~string }] struct {
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
	fmt.Println(JoinAll([]ID{1, 2}))
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, ps[0])
	fmt.Println(MapSlice(ps, func(p Pair[string, int]) string { return p.Key }))
	fmt.Println(MapSlice([]int{1, 2}, strconv.Itoa))
	var root *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		root = root.Insert(w)
	}
	root.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Printf("%T %v\n", Pair[ID, []int]{3, nil}, Pair[ID, []int]{3, nil})
}
