package main

import (
	"fmt"
	"iter"
	"strings"
)

type Element[T any] struct {
	Value      T
	prev, next *Element[T]
	list       *LinkedList[T]
}

func (e *Element[T]) Next() *Element[T] {
	if n := e.next; e.list != nil && n != &e.list.root {
		return n
	}
	return nil
}

type LinkedList[T any] struct {
	root Element[T]
	len  int
}

func New[T any]() *LinkedList[T] {
	l := new(LinkedList[T])
	l.root.next = &l.root
	l.root.prev = &l.root
	return l
}

func (l *LinkedList[T]) insertAfter(v T, at *Element[T]) *Element[T] {
	e := &Element[T]{Value: v, list: l, prev: at, next: at.next}
	at.next.prev = e
	at.next = e
	l.len++
	return e
}

func (l *LinkedList[T]) PushFront(v T) *Element[T] { return l.insertAfter(v, &l.root) }
func (l *LinkedList[T]) PushBack(v T) *Element[T]  { return l.insertAfter(v, l.root.prev) }

func (l *LinkedList[T]) Front() *Element[T] {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

func (l *LinkedList[T]) Remove(e *Element[T]) T {
	if e.list == l {
		e.prev.next = e.next
		e.next.prev = e.prev
		e.next, e.prev, e.list = nil, nil, nil
		l.len--
	}
	return e.Value
}

func (l *LinkedList[T]) MoveToFront(e *Element[T]) {
	if e.list != l || l.root.next == e {
		return
	}
	l.Remove(e)
	l.insertAfter(e.Value, &l.root)
}

func (l *LinkedList[T]) Reverse() {
	e := &l.root
	for {
		e.next, e.prev = e.prev, e.next
		e = e.prev
		if e == &l.root {
			break
		}
	}
}

func (l *LinkedList[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.Front(); e != nil; e = e.Next() {
			if !yield(i, e.Value) {
				return
			}
			i++
		}
	}
}

func (l *LinkedList[T]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for i, v := range l.All() {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%v", v)
	}
	return b.String() + "]"
}

func main() {
	l := New[int]()
	var mid *Element[int]
	for i := 1; i <= 5; i++ {
		e := l.PushBack(i)
		if i == 3 {
			mid = e
		}
	}
	l.PushFront(0)
	fmt.Println(l, l.len)
	fmt.Println("removed", l.Remove(mid), l)
	fmt.Println("remove again (no-op):", l.Remove(mid), l.len)
	last := l.root.prev
	l.MoveToFront(last)
	fmt.Println("move last to front:", l)
	l.Reverse()
	fmt.Println("reversed:", l)
	for i, v := range l.All() {
		if v == 1 {
			fmt.Println("found 1 at index", i)
			break
		}
	}
	empty := New[string]()
	fmt.Printf("%v %v %d\n", empty, empty.Front() == nil, empty.len)
	words := New[string]()
	for _, w := range strings.Fields("one two three") {
		words.PushFront(w)
	}
	fmt.Printf("%s front=%q\n", words, words.Front().Value)
}
