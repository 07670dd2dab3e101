// Exercises: iter.Pull to zip two push iterators, Seq2 output, stop function deferred
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 {
				return
			}
			if !yield(x, y) {
				return
			}
		}
	}
}

func Count(from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := from; yield(i); i++ {
		}
	}
}

func main() {
	names := []string{"ann", "bob", "cy"}
	for i, n := range Zip(Count(1), slices.Values(names)) {
		fmt.Printf("%d:%s\n", i, n)
	}
	next, stop := iter.Pull(slices.Values([]float64{0.5, 1.5}))
	v, ok := next()
	fmt.Println(v, ok)
	v, ok = next()
	fmt.Println(v, ok)
	v, ok = next()
	fmt.Println(v, ok)
	stop()
}
