package main

import (
	"fmt"
	"iter"
	"strings"
)

type List[T any] struct {
	head, tail *elem[T]
	n          int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func FromSlice[T any](xs ...T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func (l *List[T]) PushBack(v T) {
	e := &elem[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = e, e
	} else {
		l.tail.next = e
		l.tail = e
	}
	l.n++
}

func (l *List[T]) PushFront(v T) {
	l.head = &elem[T]{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.head; e != nil; e = e.next {
			if !yield(i, e.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *elem[T]
	l.tail = l.head
	for e := l.head; e != nil; {
		next := e.next
		e.next = prev
		prev, e = e, next
	}
	l.head = prev
}

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for p := &l.head; *p != nil; {
		if pred((*p).val) {
			*p = (*p).next
			removed++
			l.n--
		} else {
			p = &(*p).next
		}
	}
	l.tail = nil
	for e := l.head; e != nil; e = e.next {
		l.tail = e
	}
	return removed
}

func (l *List[T]) String() string {
	var b strings.Builder
	b.WriteByte('(')
	for i, v := range l.All() {
		if i > 0 {
			b.WriteString(" -> ")
		}
		fmt.Fprint(&b, v)
	}
	return b.String() + ")"
}

func Merge[T any](a, b *List[T], less func(x, y T) bool) *List[T] {
	out := &List[T]{}
	x, y := a.head, b.head
	for x != nil || y != nil {
		if y == nil || x != nil && less(x.val, y.val) {
			out.PushBack(x.val)
			x = x.next
		} else {
			out.PushBack(y.val)
			y = y.next
		}
	}
	return out
}

func main() {
	l := FromSlice(1, 2, 3, 4, 5, 6)
	l.PushFront(0)
	fmt.Println(l, l.n)
	l.Reverse()
	fmt.Println(l, l.head.val, l.tail.val)
	fmt.Println(l.RemoveIf(func(v int) bool { return v%2 == 0 }), l, l.tail.val)
	l.PushBack(100)
	fmt.Println(l, l.n)
	m := Merge(FromSlice(1, 4, 9), FromSlice(2, 3, 10, 11), func(a, b int) bool { return a < b })
	fmt.Println(m)
	words := FromSlice(strings.Fields("delta alpha charlie")...)
	words.Reverse()
	for i, w := range words.All() {
		if i == 2 {
			break
		}
		fmt.Print(w, ";")
	}
	fmt.Println(words, FromSlice[float64]())
}
