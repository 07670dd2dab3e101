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

func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range l.All() {
			if !yield(v) {
				return
			}
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	l.tail = l.head
	for cur != nil {
		nxt := cur.next
		cur.next = prev
		prev, cur = cur, nxt
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteString("]")
	return sb.String()
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for v := range l.Values() {
		out.PushBack(f(v))
	}
	return out
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	l := &List[int]{}
	for i := 1; i <= 6; i++ {
		l.PushBack(i * i)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	strs := Map(l, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(strs)
	for v := range Filter(l.Values(), func(n int) bool { return n%2 == 0 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range l.All() {
		if i == 3 {
			break
		}
		fmt.Printf("%d:%d ", i, v)
	}
	fmt.Println()
	words := (&List[string]{}).PushBack("go").PushBack("is").PushBack("fun")
	fmt.Printf("%v %d %T\n", words, words.size, words.head.val)
}
