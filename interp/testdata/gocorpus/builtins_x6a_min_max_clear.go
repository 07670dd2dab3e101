// Exercises: min/max builtins with mixed constants and named types, strings, NaN, clear on map and slice
package main

import (
	"fmt"
	"math"
)

type Celsius float64

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"))
	var c1, c2 Celsius = 21.5, -4
	lo := min(c1, c2)
	fmt.Printf("%v %T\n", lo, lo)
	fmt.Println(max(c1, 30), min(c1, c2, 0) == c2)
	fmt.Println(math.IsNaN(min(1.0, math.NaN())), max(math.Inf(-1), -1e308))
	m := map[string]int{"a": 1, "b": 2}
	mref := m
	clear(m)
	fmt.Println(len(m), len(mref), m == nil)
	s := []int{1, 2, 3}
	t := s[1:]
	clear(t)
	fmt.Println(s, len(t))
	x := 7
	x = max(x, 10)
	fmt.Println(x, min(x))
}
