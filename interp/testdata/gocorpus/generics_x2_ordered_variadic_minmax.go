// Exercises: cmp.Ordered with variadic generic MinOf/MaxOf and a Clamp helper.
package main

import (
	"cmp"
	"fmt"
)

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func MinOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v < m {
			m = v
		}
	}
	return m
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return MaxOf(lo, MinOf(v, hi))
}

func main() {
	fmt.Println(MaxOf(3, 9, 2, 7), MinOf(3, 9, 2, 7))
	fmt.Println(MaxOf("pear", "apple", "zucchini"), MinOf("pear", "apple"))
	fmt.Println(MaxOf(2.5), MinOf(-1.5, 0.0))
	for _, v := range []int{-5, 5, 15} {
		fmt.Println(v, "->", Clamp(v, 0, 10))
	}
	fmt.Println(Clamp("m", "b", "k"))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.0, 2.0))
	xs := []int{4, 8, 1}
	fmt.Println(MaxOf(xs[0], xs[1:]...))
}
