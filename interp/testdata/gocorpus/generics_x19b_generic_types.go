package main

import (
	"fmt"
	"iter"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
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
	var s Stack[string]
	for _, w := range strings.Fields("to be or not") {
		s.Push(w)
	}
	fmt.Println(s.Len())
	for v, ok := s.Pop(); ok; v, ok = s.Pop() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps)
	fmt.Printf("%v %+v %T\n", ps[0], ps[1], ps[0])

	var l List[float64]
	for i := range 4 {
		l.Prepend(float64(i) / 2)
	}
	for v := range l.All() {
		if v < 0.5 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(l.size)

	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "e"} {
		t = t.Insert(w)
	}
	var out []string
	t.Walk(func(s string) { out = append(out, s) })
	fmt.Println(out)
}
