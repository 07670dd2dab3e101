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
	head *Node
	size int
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Prepend(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Remove(v int) bool {
	for p := &l.head; *p != nil; p = &(*p).Next {
		if (*p).Val == v {
			*p = (*p).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func sumRec(n *Node) int {
	if n == nil {
		return 0
	}
	return n.Val + sumRec(n.Next)
}

func main() {
	var l List
	for _, v := range []int{5, 10, 15, 20} {
		l.Append(v)
	}
	l.Prepend(1)
	fmt.Println(l, l.size)
	fmt.Println(l.Remove(10), l.Remove(99), l.Remove(1))
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println("sum:", sumRec(l.head))
	fmt.Printf("%v\n", &l)
	var empty List
	fmt.Println(empty, empty.head == nil)
}
