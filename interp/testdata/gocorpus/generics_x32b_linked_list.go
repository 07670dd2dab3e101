package main

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) PushBack(vs ...T) *List[T] {
	for _, v := range vs {
		n := &node[T]{val: v}
		if l.tail == nil {
			l.head, l.tail = n, n
		} else {
			l.tail.next = n
			l.tail = n
		}
		l.size++
	}
	return l
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "(" + strings.Join(parts, " -> ") + ")"
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	return l.PushBack(xs...)
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, v := range l.All() {
		out.PushBack(f(v))
	}
	return out
}

type Stringish interface {
	~string
}

func JoinAll[S Stringish](l *List[S], sep string) string {
	var b strings.Builder
	for i, v := range l.All() {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(string(v))
	}
	return b.String()
}

type Tag string

type Labeler interface {
	comparable
	Label() string
}

type ID int

func (i ID) Label() string { return "#" + strconv.Itoa(int(i)) }

func Find[T Labeler](l *List[T], target T) (string, bool) {
	for _, v := range l.All() {
		if v == target {
			return v.Label(), true
		}
	}
	return "", false
}

func main() {
	l := FromSlice([]int{1, 2, 3})
	l.PushFront(0)
	l.PushBack(4, 5)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l, l.head.val, l.tail.val)

	sq := MapList(l, func(x int) float64 { return float64(x) / 2 })
	fmt.Println(sq)
	fmt.Printf("%T\n", sq)

	tags := FromSlice([]Tag{"go", "generics", "lists"})
	fmt.Println(JoinAll(tags, "+"))

	ids := FromSlice([]ID{7, 11, 13})
	fmt.Println(Find(ids, 11))
	fmt.Println(Find(ids, 12))

	var empty List[string]
	fmt.Println(empty.String(), empty.size)
	empty.Reverse()
	fmt.Println(&empty)

}
