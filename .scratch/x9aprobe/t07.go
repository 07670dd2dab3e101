// Exercises: generic linked list with a String method, generic Map over it, instantiation with a user type
package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	head *elem[T]
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Prepend(v T) *List[T] { l.head = &elem[T]{v, l.head}; return l }

func (l List[T]) String() string {
	var parts []string
	for e := l.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprint(e.val))
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func MapList[T, U any](l List[T], f func(T) U) List[U] {
	var out List[U]
	var vals []U
	for e := l.head; e != nil; e = e.next {
		vals = append(vals, f(e.val))
	}
	for i := len(vals) - 1; i >= 0; i-- {
		out.Prepend(vals[i])
	}
	return out
}

type Pt struct{ X, Y int }

func main() {
	var l List[int]
	l.Prepend(3).Prepend(2).Prepend(1)
	fmt.Println(l, l.String())
	sq := MapList(l, func(x int) Pt { return Pt{x, x * x} })
	fmt.Println(sq)
	fmt.Printf("%v %T\n", MapList(sq, func(p Pt) string { return fmt.Sprint(p.Y) }), sq)
}
