package main

import (
	"errors"
	"fmt"
	"strings"
)

// Node is a node in a singly linked list.
type Node[T any] struct {
	Val  T
	Next *Node[T]
}

// List is a generic singly linked list with a length counter.
type List[T any] struct {
	head *Node[T]
	size int
}

var ErrEmpty = errors.New("list is empty")

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{Val: v, Next: l.head}
	l.size++
}

func (l *List[T]) PushBack(v T) {
	n := &Node[T]{Val: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.Next != nil {
			cur = cur.Next
		}
		cur.Next = n
	}
	l.size++
}

func (l *List[T]) PopFront() (T, error) {
	var zero T
	if l.head == nil {
		return zero, fmt.Errorf("pop: %w", ErrEmpty)
	}
	v := l.head.Val
	l.head = l.head.Next
	l.size--
	return v, nil
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

func (l *List[T]) All() func(yield func(int, T) bool) {
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

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.PushBack(i * i)
	}
	l.PushFront(0)
	fmt.Println(l.String(), "size", l.size)
	l.Reverse()
	fmt.Println("reversed:", &l)
	for i, v := range l.All() {
		if i == 3 {
			break
		}
		fmt.Printf("  item %d = %d\n", i, v)
	}
	for {
		v, err := l.PopFront()
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrEmpty))
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	words := &List[string]{}
	for _, w := range strings.Fields("the quick brown fox") {
		words.PushFront(w)
	}
	fmt.Println(words)
}
