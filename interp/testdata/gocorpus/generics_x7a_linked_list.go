// Exercises: generic doubly linked list with iter.Seq All/Backward methods, early break from range-over-func
package main

import (
	"fmt"
	"iter"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.next = nd
	}
	l.tail = nd
	l.n++
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

func (l *List[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := l.n - 1
		for n := l.tail; n != nil; n = n.prev {
			if !yield(i, n.val) {
				return
			}
			i--
		}
	}
}

func main() {
	var l List[string]
	for _, w := range []string{"alpha", "beta", "gamma", "delta"} {
		l.PushBack(w)
	}
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range l.Backward() {
		if i < 1 {
			break
		}
		fmt.Println(i, v)
	}
	fmt.Println("len", l.n)
}
