package main

import (
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	value      T
	prev, next *node[T]
}

type LinkedList[T any] struct {
	head, tail *node[T]
	size       int
}

func NewLinkedList[T any](items ...T) *LinkedList[T] {
	l := &LinkedList[T]{}
	for _, it := range items {
		l.AddLast(it)
	}
	return l
}

func (l *LinkedList[T]) AddLast(v T) {
	n := &node[T]{value: v, prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *LinkedList[T]) AddFirst(v T) {
	n := &node[T]{value: v, next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.prev = n
	}
	l.head = n
	l.size++
}

func (l *LinkedList[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for n := l.head; n != nil; n = n.next {
		if !pred(n.value) {
			continue
		}
		if n.prev != nil {
			n.prev.next = n.next
		} else {
			l.head = n.next
		}
		if n.next != nil {
			n.next.prev = n.prev
		} else {
			l.tail = n.prev
		}
		l.size--
		removed++
	}
	return removed
}

func (l *LinkedList[T]) Get(i int) (T, error) {
	if i < 0 || i >= l.size {
		var zero T
		return zero, fmt.Errorf("index %d out of bounds for length %d", i, l.size)
	}
	n := l.head
	for ; i > 0; i-- {
		n = n.next
	}
	return n.value, nil
}

func (l *LinkedList[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.value) {
				return
			}
			i++
		}
	}
}

func (l *LinkedList[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.tail; n != nil; n = n.prev {
			if !yield(n.value) {
				return
			}
		}
	}
}

func (l *LinkedList[T]) Len() int { return l.size }

func (l *LinkedList[T]) String() string {
	parts := make([]string, 0, l.size)
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func main() {
	l := NewLinkedList(3, 1, 4, 1, 5, 9, 2, 6)
	l.AddFirst(0)
	fmt.Println(l, l.Len())
	fmt.Println("removed", l.RemoveIf(func(n int) bool { return n%2 == 1 }), l)
	for v := range l.Backward() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range l.All() {
		if i == 2 {
			break
		}
		fmt.Println("item", i, v)
	}
	v, err := l.Get(2)
	fmt.Println(v, err)
	_, err = l.Get(10)
	fmt.Println(err)
	names := NewLinkedList[string]()
	names.AddLast("b")
	names.AddFirst("a")
	fmt.Printf("%v %d %T\n", names, names.Len(), names)
}
