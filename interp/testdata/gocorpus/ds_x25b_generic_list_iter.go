package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type List[T any] struct {
	head *node[T]
	tail *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
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
	l.tail = l.head
	for n := l.head; n != nil; {
		next := n.next
		n.next = prev
		prev, n = n, next
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

func FromSeq[T any](seq iter.Seq[T]) *List[T] {
	l := &List[T]{}
	for v := range seq {
		l.PushBack(v)
	}
	return l
}

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func main() {
	l := &List[int]{}
	l.PushBack(1).PushBack(2).PushBack(3).PushBack(4)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l, l.head.val, l.tail.val)
	for i, v := range l.All() {
		if v == 2 {
			fmt.Println("found 2 at", i)
			break
		}
	}
	strs := FromSeq(MapSeq(l.Values(), func(x int) string { return strings.Repeat("*", x) }))
	fmt.Println(strs)
	fmt.Println(slices.Collect(l.Values()))
	words := FromSeq(slices.Values([]string{"go", "is", "fun"}))
	fmt.Printf("%v %d\n", words, words.size)
	var empty List[float64]
	fmt.Println(&empty, empty.size)
	empty.Reverse()
	fmt.Println(slices.Collect(empty.Values()) == nil)
	type pt struct{ x, y int }
	pts := FromSeq(MapSeq(slices.Values([]int{1, 2}), func(i int) pt { return pt{i, -i} }))
	fmt.Println(pts)
}
