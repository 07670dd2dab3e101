package main

import (
	"container/list"
	"fmt"
	"iter"
	"strings"
)

type Node[T any] struct {
	Value T
	next  *Node[T]
}

type LinkedList[T any] struct {
	head, tail *Node[T]
	size       int
}

func (l *LinkedList[T]) Append(v T) *LinkedList[T] {
	n := &Node[T]{Value: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.next = n
		l.tail = n
	}
	l.size++
	return l
}

func (l *LinkedList[T]) Prepend(v T) {
	l.head = &Node[T]{Value: v, next: l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
}

func (l *LinkedList[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.Value) {
				return
			}
		}
	}
}

func (l *LinkedList[T]) Reverse() {
	var prev *Node[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *LinkedList[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	dummy := &Node[T]{next: l.head}
	prev := dummy
	for cur := l.head; cur != nil; cur = cur.next {
		if pred(cur.Value) {
			prev.next = cur.next
			removed++
		} else {
			prev = cur
		}
	}
	l.head = dummy.next
	l.tail = nil
	if prev != dummy {
		l.tail = prev
	}
	l.size -= removed
	return removed
}

func (l *LinkedList[T]) String() string {
	var parts []string
	for v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "(" + strings.Join(parts, " -> ") + ")"
}

func main() {
	l := &LinkedList[int]{}
	l.Append(1).Append(2).Append(3)
	l.Prepend(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l, l.head.Value, l.tail.Value)
	n := l.RemoveIf(func(v int) bool { return v%2 == 1 })
	fmt.Println("removed", n, l, l.size)
	l.Append(10)
	fmt.Println(l, l.tail.Value)

	words := &LinkedList[string]{}
	for _, w := range strings.Fields("alpha beta gamma delta") {
		words.Append(w)
	}
	for w := range words.All() {
		if w == "gamma" {
			break
		}
		fmt.Print(strings.ToUpper(w), " ")
	}
	fmt.Println()

	// the standard library's doubly linked list
	dl := list.New()
	e4 := dl.PushBack(4)
	e1 := dl.PushFront(1)
	dl.InsertBefore(3, e4)
	dl.InsertAfter(2, e1)
	for e := dl.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("| len", dl.Len())
	dl.MoveToFront(e4)
	dl.Remove(e1)
	for e := dl.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value.(int)*10, " ")
	}
	fmt.Println()
	fmt.Printf("%v %t %+v\n", l.head.Value, l.head.next != nil, Node[string]{Value: "x"})
}
