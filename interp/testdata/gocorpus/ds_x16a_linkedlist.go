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

func (l *List[T]) All() iter.Seq2[int, T] {
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

func (l *List[T]) Reverse() {
	var prev *Node[T]
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func main() {
	l := FromSlice([]int{1, 2, 3})
	l.PushFront(0)
	l.PushBack(4)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l.String())
	for i, v := range l.All() {
		if i == 3 {
			break
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	sl := FromSlice(strings.Fields("to be or not"))
	sl.Reverse()
	fmt.Println(sl)
	var empty List[float64]
	fmt.Println(&empty, empty.size)
	sum := 0
	for _, v := range FromSlice([]int{10, 20, 30}).All() {
		sum += v
	}
	fmt.Println(sum)
}
