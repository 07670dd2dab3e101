// Exercises: iter.Pull to zip two sequences, stop function, exhausted iterators
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		for {
			x, ok1 := nextA()
			y, ok2 := nextB()
			if !ok1 || !ok2 {
				return
			}
			if !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	names := slices.Values([]string{"ann", "bob", "cid"})
	ages := slices.Values([]int{31, 42, 27, 99})
	for n, a := range Zip(names, ages) {
		fmt.Println(n, a)
	}
	next, stop := iter.Pull(slices.Values([]int{5, 6}))
	v1, ok1 := next()
	v2, ok2 := next()
	v3, ok3 := next()
	fmt.Println(v1, ok1, v2, ok2, v3, ok3)
	stop()
	stop()
	v4, ok4 := next()
	fmt.Println(v4, ok4)
	n2, stop2 := iter.Pull2(slices.All([]string{"x", "y"}))
	defer stop2()
	i, s, ok := n2()
	fmt.Println(i, s, ok)
}
