// Exercises: pointer receiver methods on a linked list type (insert, reverse, iterate).
package main

import "fmt"

type node struct {
	val  int
	next *node
}

type List struct {
	head *node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l List) Values() []int {
	var out []int
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.PushFront(i * i)
	}
	fmt.Println(l.Values(), l.size)
	l.Reverse()
	fmt.Println(l.Values())
}
