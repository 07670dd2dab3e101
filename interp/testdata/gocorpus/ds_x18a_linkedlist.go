package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{v, l.head}
	l.size++
}

func (l *List[T]) PushBack(v T) {
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

func (l *List[T]) Reverse() {
	var prev *Node[T]
	cur := l.head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l *List[T]) All() func(func(int, T) bool) {
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

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	pp := &l.head
	for *pp != nil {
		if pred((*pp).Val) {
			*pp = (*pp).Next
			removed++
			l.size--
		} else {
			pp = &(*pp).Next
		}
	}
	return removed
}

func main() {
	var l List[int]
	for i := 1; i <= 6; i++ {
		l.PushBack(i * i)
	}
	l.PushFront(0)
	fmt.Println(l.String(), l.size)
	l.Reverse()
	fmt.Println(&l)
	n := l.RemoveIf(func(v int) bool { return v%2 == 0 })
	fmt.Println(n, l.String(), l.size)
	for i, v := range l.All() {
		if i > 1 {
			break
		}
		fmt.Println(i, v)
	}
	ls := &List[string]{}
	ls.PushBack("b")
	ls.PushFront("a")
	fmt.Println(ls)
}
