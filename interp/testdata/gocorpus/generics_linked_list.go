// Exercises: generic singly linked List[T] with All iterator method.
package main

import (
	"fmt"
	"iter"
)

type List[T any] struct {
	head, tail *elem[T]
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Append(vs ...T) {
	for _, v := range vs {
		e := &elem[T]{val: v}
		if l.tail == nil {
			l.head = e
		} else {
			l.tail.next = e
		}
		l.tail = e
	}
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func main() {
	var l List[float64]
	l.Append(1.5, 2.5, 3.5, 4.5)
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range l.All() {
		if v > 2 {
			fmt.Println("first above 2:", v)
			break
		}
	}
}
