// Exercises: builtins min, max (mixed untyped constants, strings, floats) and clear on maps and slices
package main

import "fmt"

func main() {
	x, y := 3, 7
	fmt.Println(min(x, y), max(x, y, 5), min(2.5, 1), max("apple", "pear", "fig"))
	var f float64 = min(1, 2.5, 0.5)
	fmt.Println(f)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(s), s)
	best := -1
	for _, v := range []int{4, 9, 2} {
		best = max(best, v)
	}
	fmt.Println(best)
}
