package main

import (
	"fmt"
	"iter"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type LinkedList[T any] struct {
	head *Node[T]
	size int
}

func (l *LinkedList[T]) Append(v T) {
	n := &Node[T]{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *LinkedList[T]) Prepend(v T) {
	l.head = &Node[T]{v, l.head}
	l.size++
}

func (l *LinkedList[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.Next {
			if !yield(i, n.Val) {
				return
			}
			i++
		}
	}
}

func (l *LinkedList[T]) Reverse() {
	var prev *Node[T]
	cur := l.head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l *LinkedList[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	var l LinkedList[int]
	for i := 1; i <= 5; i++ {
		l.Append(i * i)
	}
	l.Prepend(0)
	fmt.Println(l.String(), l.size)
	l.Reverse()
	fmt.Println(&l)

	for i, v := range l.All() {
		if i == 3 {
			break
		}
		fmt.Printf("idx %d val %d\n", i, v)
	}

	names := &LinkedList[string]{}
	for _, n := range strings.Split("x,y,z", ",") {
		names.Append(n)
	}
	fmt.Println(names)
	var empty LinkedList[float64]
	fmt.Println(empty.String(), empty.head == nil)
}
