package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type List[T any] struct {
	head *elem[T]
	tail *elem[T]
	n    int
}

type elem[T any] struct {
	v    T
	next *elem[T]
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.Append(x)
	}
	return l
}

func (l *List[T]) Append(v T) {
	e := &elem[T]{v: v}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.n++
}

func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.head; e != nil; e = e.next {
			if !yield(e.v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := nextB()
			if !ok || !yield(x, y) {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	l := FromSlice([]string{"apple", "Banana", "cherry", "date", "Elderberry", "fig"})
	upper := Map(l.Values(), strings.ToUpper)
	fmt.Println(slices.Collect(upper))
	short := Filter(l.Values(), func(s string) bool { return len(s) <= 4 })
	fmt.Println(slices.Collect(short))
	lens := Map(l.Values(), func(s string) int { return len(s) })
	fmt.Println(slices.Collect(Take(lens, 3)))

	squares := Map(Naturals(), func(i int) int { return i * i })
	odd := Filter(squares, func(i int) bool { return i%2 == 1 })
	fmt.Println(slices.Collect(Take(odd, 5)))

	for name, n := range Zip(l.Values(), Naturals()) {
		if n > 3 {
			break
		}
		fmt.Printf("%d=%s ", n, name)
	}
	fmt.Println()

	byLen := map[int][]string{}
	for s := range l.Values() {
		byLen[len(s)] = append(byLen[len(s)], s)
	}
	for _, k := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Println(k, byLen[k])
	}
	next, stop := iter.Pull(l.Values())
	a, ok1 := next()
	b, ok2 := next()
	stop()
	c, ok3 := next()
	fmt.Printf("%q %v %q %v %q %v\n", a, ok1, b, ok2, c, ok3)
}
