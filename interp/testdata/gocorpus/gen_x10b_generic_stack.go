// Exercises: a generic ring-buffer Queue[T] with methods, GroupBy with two type parameters, a cmp.Ordered constraint with min/max, explicit instantiation, generics over a named int8 type
package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Queue[T any] struct {
	buf        []T
	head, size int
}

func (q *Queue[T]) Put(v T) {
	if q.size == len(q.buf) {
		grown := make([]T, max(1, 2*len(q.buf)))
		for i := range q.size {
			grown[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = grown, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Take() (v T, ok bool) {
	if q.size == 0 {
		return v, false
	}
	v, q.head, q.size = q.buf[q.head], (q.head+1)%len(q.buf), q.size-1
	return v, true
}

func GroupBy[K comparable, T any](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		g[key(x)] = append(g[key(x)], x)
	}
	return g
}

func MinMax[T cmp.Ordered](first T, rest ...T) (lo, hi T) {
	lo, hi = first, first
	for _, x := range rest {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

type Score int8 // a named type satisfies cmp.Ordered through ~int8
func main() {
	var q Queue[string]
	for _, w := range strings.Fields("a b c d e") {
		if q.Put(w); w == "c" {
			v, _ := q.Take()
			fmt.Print("took ", v, "; ")
		}
	}
	for v, ok := q.Take(); ok; v, ok = q.Take() {
		fmt.Print(v, " ")
	}
	fmt.Println(q.size, len(q.buf))
	g := GroupBy(strings.Fields("go is fun and go is fast"), func(s string) int { return len(s) })
	fmt.Println(len(g), g[2], g[3], g[4])
	fmt.Println(MinMax(3, 1, 2))
	fmt.Println(MinMax("pear", "apple", "fig"))
	lo, hi := MinMax[Score](4, -2, 9)
	fmt.Printf("%v %v %T\n", lo, hi, hi)
}
