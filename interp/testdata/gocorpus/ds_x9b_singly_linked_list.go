// Exercises: singly linked list of *Node: push front/back and delete through a pointer to the link, iterative (tuple assignment) and recursive reverse, String on a pointer receiver called late by fmt.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct{ head *Node }

func (l *List) PushFront(v int) { l.head = &Node{v, l.head} }

func (l *List) PushBack(v int) {
	p := &l.head
	for *p != nil {
		p = &(*p).Next
	}
	*p = &Node{Val: v}
}

func (l *List) Delete(v int) bool {
	for p := &l.head; *p != nil; p = &(*p).Next {
		if (*p).Val == v {
			*p = (*p).Next
			return true
		}
	}
	return false
}

func reverseIter(h *Node) (prev *Node) {
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}
func reverseRec(h *Node) *Node {
	if h == nil || h.Next == nil {
		return h
	}
	rest := reverseRec(h.Next)
	h.Next.Next, h.Next = h, nil
	return rest
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println(l.Delete(30), l.Delete(99), l.Delete(5), l) // fmt calls String after the deletes
	l.head = reverseIter(l.head)
	fmt.Println("iter:", l)
	l.head = reverseRec(l.head)
	fmt.Println("rec: ", l, reverseRec(nil) == nil, &List{})
}
