// Exercises: iter.Pull and iter.Pull2 to step through sequences manually.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func squares(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(squares(4))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	stop()
	n2, stop2 := iter.Pull(squares(100))
	a, _ := n2()
	b, _ := n2()
	stop2()
	c, ok := n2()
	fmt.Println(a, b, c, ok)
	next2, stop3 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, v, ok := next2()
	fmt.Println(k, v, ok)
	_, _, ok = next2()
	fmt.Println(ok, slices.Collect(squares(3)))
	stop3()
}
