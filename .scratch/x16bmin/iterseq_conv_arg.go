// go run: 3
// gobackprop: CompileError: cannot use type func(func(float64) bool) as type func(float64) bool
package main

import (
	"fmt"
	"iter"
)

func Sum[T ~float64](xs iter.Seq[T]) T {
	var s T
	for x := range xs {
		s += x
	}
	return s
}

func main() {
	sq := func(yield func(float64) bool) {
		_ = yield(1) && yield(2)
	}
	fmt.Println(Sum(iter.Seq[float64](sq)))
}
