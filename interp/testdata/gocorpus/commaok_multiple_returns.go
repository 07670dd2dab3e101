// Exercises: multiple return values, passing them directly to another function, blank identifier.
package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func swap(a, b string) (string, string) { return b, a }

func describe(q, r int) string { return fmt.Sprintf("q=%d r=%d", q, r) }

func stats(xs ...int) (min, max, sum int) {
	min, max = xs[0], xs[0]
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	return
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(describe(divmod(22, 7)))
	a, b := swap("x", "y")
	fmt.Println(a, b)
	_, hi, _ := stats(4, 9, -2)
	fmt.Println(hi)
	fmt.Println(stats(1, 2, 3))
	_, _ = divmod(1, 1)
	first, _ := swap("lo", "hi")
	fmt.Println(strings.ToUpper(first))
}
