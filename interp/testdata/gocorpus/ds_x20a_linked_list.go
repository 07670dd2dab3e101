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
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.next != nil {
			cur = cur.next
		}
		cur.next = n
	}
	l.size++
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	for cur != nil {
		cur.next, prev, cur = prev, cur, cur.next
	}
	l.head = prev
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

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	pp := &l.head
	for *pp != nil {
		if pred((*pp).val) {
			*pp = (*pp).next
			removed++
			l.size--
		} else {
			pp = &(*pp).next
		}
	}
	return removed
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	var l List[int]
	for i := 1; i <= 6; i++ {
		l.PushBack(i * 3)
	}
	l.PushFront(0)
	fmt.Println(l.String(), l.size)
	l.Reverse()
	fmt.Println(&l)
	n := l.RemoveIf(func(x int) bool { return x%2 == 0 })
	fmt.Println(n, &l, l.size)
	for i, v := range l.All() {
		if i == 2 {
			break
		}
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	words := &List[string]{}
	for _, w := range strings.Fields("one two three") {
		words.PushFront(w)
	}
	fmt.Println(words)
	words.RemoveIf(func(s string) bool { return true })
	fmt.Println(words, words.size, words.head == nil)
}
