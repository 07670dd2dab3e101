// Reduction of generics_x19a_constraints_stats.go (notebook style; program style is fine).
// go run:      false apple zucchini
// gobackprop (notebook):  Error: Pair cannot be redefined here: declare it alone, as type Pair struct{...}
// Needs all of: a generic type Pair with a String method, a second type (Celsius) with a String
// method declared after it, and top-level calls of a generic 3-result function with blanks.
// Dropping Celsius.String, or replacing MinMax by plain values, makes it pass.
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
