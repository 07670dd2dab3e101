package main

import (
	"errors"
	"fmt"
	"strings"
)

type Node struct {
	Value int
	Next  *Node
}

type LinkedList struct {
	head *Node
	size int
}

func (l *LinkedList) PushFront(v int) {
	l.head = &Node{Value: v, Next: l.head}
	l.size++
}

func (l *LinkedList) PushBack(v int) {
	l.size++
	if l.head == nil {
		l.head = &Node{Value: v}
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = &Node{Value: v}
}

func (l *LinkedList) Remove(v int) error {
	if l.head == nil {
		return errors.New("list is empty")
	}
	if l.head.Value == v {
		l.head = l.head.Next
		l.size--
		return nil
	}
	prev := l.head
	for prev.Next != nil {
		if prev.Next.Value == v {
			prev.Next = prev.Next.Next
			l.size--
			return nil
		}
		prev = prev.Next
	}
	return fmt.Errorf("value %d not found", v)
}

func (l *LinkedList) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *LinkedList) Get(i int) (int, bool) {
	if i < 0 || i >= l.size {
		return 0, false
	}
	cur := l.head
	for ; i > 0; i-- {
		cur = cur.Next
	}
	return cur.Value, true
}

func (l *LinkedList) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Value))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func (l *LinkedList) Middle() *Node {
	slow, fast := l.head, l.head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow
}

func mergeSorted(a, b *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for a != nil && b != nil {
		if a.Value <= b.Value {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func main() {
	list := &LinkedList{}
	for i := 1; i <= 5; i++ {
		list.PushBack(i * 10)
	}
	list.PushFront(5)
	fmt.Println(list, "size", list.size)
	fmt.Println("middle:", list.Middle().Value)
	for _, v := range []int{30, 99} {
		if err := list.Remove(v); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(list)
	list.Reverse()
	fmt.Println("reversed:", list)
	for _, i := range []int{0, 2, 7} {
		if v, ok := list.Get(i); ok {
			fmt.Printf("Get(%d) = %d\n", i, v)
		} else {
			fmt.Printf("Get(%d): out of range\n", i)
		}
	}
	a, b := &LinkedList{}, &LinkedList{}
	for _, v := range []int{1, 4, 9, 12} {
		a.PushBack(v)
	}
	for _, v := range []int{2, 3, 10} {
		b.PushBack(v)
	}
	merged := &LinkedList{head: mergeSorted(a.head, b.head), size: a.size + b.size}
	fmt.Println("merged:", merged)
	fmt.Println(&LinkedList{}, (&LinkedList{}).Remove(1))
	fmt.Printf("%v %+v\n", list.head.Value, *list.head.Next.Next.Next.Next)
}
