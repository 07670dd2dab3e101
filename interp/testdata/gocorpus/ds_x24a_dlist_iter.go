package main

import (
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type DList[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *DList[T]) PushBack(v T) {
	n := &node[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *DList[T]) PushFront(v T) {
	n := &node[T]{val: v, next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.prev = n
	}
	l.head = n
	l.size++
}

func (l *DList[T]) Remove(n *node[T]) T {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		l.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		l.tail = n.prev
	}
	l.size--
	return n.val
}

func (l *DList[T]) All() iter.Seq2[int, T] {
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

func (l *DList[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.tail; n != nil; n = n.prev {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (l *DList[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteString(" <-> ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	l := &DList[int]{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println(l, "size", l.size)
	removed := l.Remove(l.head.next.next)
	fmt.Println("removed", removed, "->", l)
	l.Remove(l.tail)
	l.Remove(l.head)
	fmt.Println(l)
	for v := range l.Backward() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range l.All() {
		if i == 2 {
			break
		}
		fmt.Printf("%d:%d ", i, v)
	}
	fmt.Println()
	s := &DList[string]{}
	for _, w := range strings.Fields("the quick brown fox") {
		s.PushFront(w)
	}
	fmt.Printf("%v %d\n", s, s.size)
}
