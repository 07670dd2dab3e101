package main

import (
	"errors"
	"fmt"
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

var ErrEmpty = errors.New("empty list")

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func (l *List[T]) PushBack(v T) {
	n := &Node[T]{Val: v, prev: l.tail}
	if l.tail != nil {
		l.tail.next = n
	} else {
		l.head = n
	}
	l.tail = n
	l.size++
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

func (l *List[T]) PopFront() (T, error) {
	if l.head == nil {
		var z T
		return z, ErrEmpty
	}
	n := l.head
	l.head = n.next
	if l.head == nil {
		l.tail = nil
	} else {
		l.head.prev = nil
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

func (l *List[T]) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "(" + strings.Join(parts, " <-> ") + ")"
}

func (l *List[T]) Backward() []T {
	var out []T
	for n := l.tail; n != nil; n = n.prev {
		out = append(out, n.Val)
	}
	return out
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l, l.Backward())
	for {
		v, err := l.PopFront()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println(l, l.size)
	s := FromSlice(strings.Fields("the quick brown fox"))
	s.Reverse()
	s.PushBack("!")
	fmt.Printf("%v %d %q\n", s, s.size, s.Backward())
	var empty List[float64]
	empty.Reverse()
	fmt.Println(&empty, empty.Backward() == nil)
}
