// Exercises: generic type with methods, constraint with a method, generic struct printing
package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Shower interface{ Show() string }

type N int

func (n N) Show() string { return strings.Repeat("*", int(n)) }

func ShowAll[T Shower](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

type List[T any] struct {
	head *node[T]
	size int
}
type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func main() {
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, ps[0])
	fmt.Printf("%v %+v %T\n", ps[1], ps[1], ps[1])
	fmt.Println(ShowAll([]N{1, 3, 2}))
	var l List[float64]
	l.Push(1.5)
	l.Push(2.5)
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Println(l.size)
}
