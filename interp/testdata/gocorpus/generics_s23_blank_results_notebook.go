// Exercises: notebook style: top-level calls of a generic function with three results and blanks, beside a generic type and a named float, each with String
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func MinMax[T cmp.Ordered](xs []T) (lo, hi T, ok bool) {
	if len(xs) == 0 {
		return lo, hi, false
	}
	return slices.Min(xs), slices.Max(xs), true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	_, _, ok := MinMax([]string{})
	w1, w2, _ := MinMax([]string{"pear", "apple", "zucchini"})
	fmt.Println(ok, w1, w2)
}
