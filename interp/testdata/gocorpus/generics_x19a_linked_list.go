package main

import (
	"fmt"
	"iter"
	"strings"
)

type Node[T any] struct {
	Val  T
	next *Node[T]
}

type List[T any] struct {
	head, tail *Node[T]
	size       int
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func (l *List[T]) PushBack(v T) {
	n := &Node[T]{Val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.next = n
		l.tail = n
	}
	l.size++
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.Val) {
				return
			}
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	l.tail = l.head
	for n := l.head; n != nil; {
		next := n.next
		n.next = prev
		prev, n = n, next
	}
	l.head = prev
}

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	dummy := &Node[T]{next: l.head}
	prev := dummy
	for n := l.head; n != nil; n = n.next {
		if pred(n.Val) {
			prev.next = n.next
			removed++
			continue
		}
		prev = n
	}
	l.head = dummy.next
	l.tail = nil
	if prev != dummy {
		l.tail = prev
	}
	l.size -= removed
	return removed
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("(")
	first := true
	for v := range l.All() {
		if !first {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, v)
		first = false
	}
	sb.WriteString(")")
	return sb.String()
}

func Fold[T, A any](l *List[T], init A, f func(A, T) A) A {
	acc := init
	for v := range l.All() {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4, 5, 6})
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l, l.head.Val, l.tail.Val)
	n := l.RemoveIf(func(x int) bool { return x%2 == 0 })
	fmt.Println(l, n, l.size, l.tail.Val)
	l.PushBack(99)
	fmt.Println(l, Fold(l, 0, func(a, x int) int { return a + x }))
	words := FromSlice(strings.Fields("to be or not to be"))
	fmt.Println(Fold(words, map[string]int{}, func(m map[string]int, w string) map[string]int { m[w]++; return m }))
	words.RemoveIf(func(string) bool { return true })
	fmt.Println(words, words.size, words.tail == nil)
	type pt struct{ X, Y int }
	fmt.Println(FromSlice([]pt{{1, 2}, {3, 4}}))
}
