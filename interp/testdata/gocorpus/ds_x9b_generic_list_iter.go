// Exercises: a generic doubly linked List[T] with All (iter.Seq2 index/value) and Backward (iter.Seq), Filter returning a new list, slices.Collect over a method's iterator.
package main

import (
	"fmt"
	"iter"
	"slices"
)

type elem[T any] struct {
	val        T
	prev, next *elem[T]
}

type List[T any] struct{ front, back *elem[T] }

func (l *List[T]) PushBack(v T) *List[T] {
	link := &l.front
	if l.back != nil {
		link = &l.back.next
	}
	*link = &elem[T]{val: v, prev: l.back}
	l.back = *link
	return l
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, e := 0, l.front; e != nil; i, e = i+1, e.next {
			if !yield(i, e.val) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.back; e != nil; e = e.prev {
			if !yield(e.val) {
				return
			}
		}
	}
}

func Filter[T any](l *List[T], keep func(T) bool) *List[T] {
	out := &List[T]{}
	for _, v := range l.All() {
		if keep(v) {
			out.PushBack(v)
		}
	}
	return out
}

func main() {
	l := &List[string]{}
	l.PushBack("alpha").PushBack("beta").PushBack("gamma").PushBack("delta")
	for i, v := range l.All() {
		if v == "delta" {
			break
		}
		fmt.Printf("%d:%s ", i, v)
	}
	fmt.Println(slices.Collect(l.Backward()))
	short := Filter(l, func(s string) bool { return len(s) == 5 })
	fmt.Println(slices.Collect(short.Backward()), slices.Collect(Filter(&List[int]{}, func(int) bool { return true }).Backward()) == nil)
}
