// Exercises: a generic singly linked list with an All() iter.Seq method used in range.
package main

import (
	"fmt"
	"iter"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) Push(v T) {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
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

func main() {
	var l List[string]
	for _, s := range []string{"one", "two", "three", "four"} {
		l.Push(s)
	}
	fmt.Println("size", l.size)
	for s := range l.All() {
		fmt.Println(s)
	}
	for s := range l.All() {
		if s == "three" {
			break
		}
		fmt.Print(s, ";")
	}
	fmt.Println()
	nums := &List[int]{}
	nums.Push(10)
	nums.Push(20)
	total := 0
	for n := range nums.All() {
		total += n
	}
	fmt.Println(total)
}
