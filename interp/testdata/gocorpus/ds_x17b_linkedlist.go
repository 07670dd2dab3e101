package main

import (
	"fmt"
	"iter"
	"strings"
)

type Node[T any] struct {
	Val        T
	prev, next *Node[T]
}

type List[T any] struct {
	head, tail *Node[T]
	size       int
}

func (l *List[T]) PushBack(v T) *Node[T] {
	n := &Node[T]{Val: v, prev: l.tail}
	if l.tail != nil {
		l.tail.next = n
	} else {
		l.head = n
	}
	l.tail = n
	l.size++
	return n
}

func (l *List[T]) PushFront(v T) {
	n := &Node[T]{Val: v, next: l.head}
	if l.head != nil {
		l.head.prev = n
	} else {
		l.tail = n
	}
	l.head = n
	l.size++
}

func (l *List[T]) Remove(n *Node[T]) {
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
}

func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.Val) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.tail; n != nil; n = n.prev {
			if !yield(n.Val) {
				return
			}
		}
	}
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	first := true
	for v := range l.Values() {
		if !first {
			sb.WriteString(" <-> ")
		}
		first = false
		fmt.Fprint(&sb, v)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	var l List[int]
	l.PushBack(2)
	mid := l.PushBack(3)
	l.PushBack(4)
	l.PushFront(1)
	fmt.Println(&l, l.size)
	l.Remove(mid)
	fmt.Println(l.String(), l.size)
	for v := range l.Backward() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	ls := &List[string]{}
	for _, w := range strings.Fields("the quick brown fox") {
		ls.PushFront(w)
	}
	fmt.Println(ls)
	fmt.Printf("%v\n", ls.head.Val)
	for v := range ls.Values() {
		if v == "quick" {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
}
