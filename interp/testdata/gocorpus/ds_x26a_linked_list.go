package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

var ErrEmptyList = errors.New("empty list")

type Node[T any] struct {
	Val        T
	prev, next *Node[T]
}

func (n *Node[T]) Next() *Node[T] { return n.next }
func (n *Node[T]) Prev() *Node[T] { return n.prev }

type List[T any] struct {
	head, tail *Node[T]
	size       int
}

func NewList[T any](vals ...T) *List[T] {
	l := &List[T]{}
	for _, v := range vals {
		l.Push(v)
	}
	return l
}

func (l *List[T]) Push(v T) {
	n := &Node[T]{Val: v, prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *List[T]) Unshift(v T) {
	n := &Node[T]{Val: v, next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.prev = n
	}
	l.head = n
	l.size++
}

func (l *List[T]) Pop() (T, error) {
	if l.tail == nil {
		var z T
		return z, ErrEmptyList
	}
	n := l.tail
	l.tail = n.prev
	if l.tail == nil {
		l.head = nil
	} else {
		l.tail.next = nil
	}
	l.size--
	return n.Val, nil
}

func (l *List[T]) Reverse() {
	for n := l.head; n != nil; n = n.prev {
		n.next, n.prev = n.prev, n.next
	}
	l.head, l.tail = l.tail, l.head
}

func (l *List[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.tail; n != nil && yield(n.Val); n = n.prev {
		}
	}
}

func (l *List[T]) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next() {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func main() {
	l := NewList(1, 2, 3)
	l.Unshift(0)
	l.Push(4)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	for v := range l.Backward() {
		fmt.Print(v, ";")
	}
	fmt.Println()
	for {
		v, err := l.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(l, l.head == nil, l.tail == nil)
	s := NewList[string]()
	s.Unshift("b")
	s.Unshift("a")
	s.Push("c")
	fmt.Println(s, s.head.Next().Prev().Val)
}
