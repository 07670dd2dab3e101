package main

import (
	"cmp"
	"fmt"
	"reflect"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

func FromSlice[T any](xs ...T) *Node[T] {
	var head *Node[T]
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node[T]{xs[i], head}
	}
	return head
}

func (n *Node[T]) String() string {
	var b strings.Builder
	for ; n != nil; n = n.Next {
		fmt.Fprintf(&b, "%v->", n.Val)
	}
	b.WriteString("nil")
	return b.String()
}

func split[T any](h *Node[T]) (*Node[T], *Node[T]) {
	slow, fast := h, h.Next
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	mid := slow.Next
	slow.Next = nil
	return h, mid
}

func merge[T any](a, b *Node[T], cmpFn func(T, T) int) *Node[T] {
	var dummy Node[T]
	tail := &dummy
	for a != nil && b != nil {
		if cmpFn(a.Val, b.Val) <= 0 {
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

func SortList[T any](h *Node[T], cmpFn func(T, T) int) *Node[T] {
	if h == nil || h.Next == nil {
		return h
	}
	a, b := split(h)
	return merge(SortList(a, cmpFn), SortList(b, cmpFn), cmpFn)
}

func Reverse[T any](h *Node[T]) *Node[T] {
	var prev *Node[T]
	for h != nil {
		h.Next, prev, h = prev, h, h.Next
	}
	return prev
}

type Student struct {
	Name  string
	Grade int
}

func main() {
	l := FromSlice(38, 27, 43, 3, 9, 82, 10, 27)
	fmt.Println(l)
	l = SortList(l, cmp.Compare[int])
	fmt.Println(l)
	fmt.Println(Reverse(l))

	s := FromSlice(
		Student{"ann", 90}, Student{"bob", 85}, Student{"cy", 90}, Student{"dee", 70}, Student{"eve", 85},
	)
	byGrade := SortList(s, func(a, b Student) int { return cmp.Compare(b.Grade, a.Grade) })
	fmt.Println(byGrade)
	var empty *Node[string]
	fmt.Println(SortList(empty, strings.Compare), empty == nil)

	t := reflect.TypeOf(byGrade)
	fmt.Println(t.Kind(), t.Elem().Kind(), t.Elem().NumField(), t.Elem().Field(0).Name, t.Elem().Field(1).Type == t)
	v := reflect.ValueOf(*byGrade)
	fmt.Println(v.Field(0).Interface(), v.Field(0).Type().Name())
}
