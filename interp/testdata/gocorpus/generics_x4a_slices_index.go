// Exercises: generics: type parameters with constraints, comparable, ~ in constraints, explicit instantiation, a generic linked list type with methods, inference.
package main

import "fmt"

func SlicesIndex[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type List[T any] struct{ head, tail *element[T] }

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	if lst.tail == nil {
		lst.head = &element[T]{val: v}
		lst.tail = lst.head
	} else {
		lst.tail.next = &element[T]{val: v}
		lst.tail = lst.tail.next
	}
}

func (lst *List[T]) AllElements() []T {
	var elems []T
	for e := lst.head; e != nil; e = e.next {
		elems = append(elems, e.val)
	}
	return elems
}

type Meters float64

func main() {
	fmt.Println("index of zoo:", SlicesIndex([]string{"foo", "bar", "zoo"}, "zoo"), SlicesIndex[[]string, string](nil, "x"))
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum(Meters(1), Meters(2)))
	lst := List[int]{}
	for _, v := range []int{10, 13, 23} {
		lst.Push(v)
	}
	fmt.Println("list:", lst.AllElements())
}
