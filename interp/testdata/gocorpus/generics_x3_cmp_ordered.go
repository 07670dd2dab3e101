// Exercises: cmp.Ordered constraint, cmp.Compare, a generic Max and Clamp, explicit instantiation
package main

import (
	"cmp"
	"fmt"
)

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Clamp[T cmp.Ordered](x, lo, hi T) T {
	return min(max(x, lo), hi)
}

func main() {
	fmt.Println(Max(3, 7), Max("apple", "pear"), Max(2.5, -1))
	f := Max[float64]
	fmt.Println(f(1, 2))
	fmt.Println(Clamp(15, 0, 10), Clamp(-0.5, 0.0, 1.0), Clamp("m", "a", "k"))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
}
