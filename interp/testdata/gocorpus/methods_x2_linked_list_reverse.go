// Exercises: a singly linked list with pointer receivers: push, reverse, remove, String.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) PushFront(v int) { l.Head = &Node{v, l.Head}; l.Len++ }

func (l *List) Reverse() {
	var prev *Node
	for cur := l.Head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.Head = prev
}

func (l *List) Remove(v int) bool {
	for p := &l.Head; *p != nil; p = &(*p).Next {
		if (*p).Val == v {
			*p = (*p).Next
			l.Len--
			return true
		}
	}
	return false
}

func (l List) String() string {
	var parts []string
	for n := l.Head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.PushFront(i * i)
	}
	fmt.Println(l, l.Len)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(9), l.Remove(42), l.Remove(1))
	fmt.Println(l, l.Len)
	var empty List
	empty.Reverse()
	fmt.Println(empty, empty.Head == nil)
}
