package main

import (
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func FromSlice[T any](xs ...T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.next = nd
		l.tail = nd
	}
	l.n++
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "(" + strings.Join(parts, " -> ") + ")"
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, v := range l.All() {
		out.PushBack(f(v))
	}
	return out
}

func Reduce[T, A any](l *List[T], init A, f func(A, T) A) A {
	acc := init
	for _, v := range l.All() {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	l := FromSlice(3, 1, 4, 1, 5, 9, 2, 6)
	fmt.Println(l, l.n)
	l.Reverse()
	fmt.Println(l)
	sq := Map(l, func(x int) string { return strings.Repeat("*", x) })
	fmt.Println(sq)
	fmt.Println(Reduce(l, 0, func(a, x int) int { return a + x }))
	longest := Reduce(sq, "", func(a, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	fmt.Println(len(longest))
	for i, v := range l.All() {
		if i > 2 {
			break
		}
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	var empty List[float64]
	empty.Reverse()
	fmt.Println(&empty, empty.n, FromSlice[string]())
	words := FromSlice("go", "generic", "lists")
	fmt.Println(Map(words, func(s string) int { return len(s) }), words.tail.val)
}
