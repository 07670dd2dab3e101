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
	size       int
}

func (l *List[T]) PushBack(v T) *List[T] {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.next = n
		l.tail = n
	}
	l.size++
	return l
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
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
	var sb strings.Builder
	sb.WriteByte('[')
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteByte(']')
	return sb.String()
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, v := range l.All() {
		out.PushBack(f(v))
	}
	return out
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	sq := MapList(l, func(x int) string { return strings.Repeat("*", x) })
	fmt.Println(sq)
	for i, v := range sq.All() {
		if i == 2 {
			break
		}
		fmt.Printf("%d=%q ", i, v)
	}
	fmt.Println()
	var empty List[float64]
	fmt.Println(&empty, empty.size)
	empty.PushBack(1.5).PushBack(2.5)
	fmt.Println(&empty)
	type pt struct{ X, Y int }
	pl := FromSlice([]pt{{1, 2}, {3, 4}})
	fmt.Println(pl)
}
