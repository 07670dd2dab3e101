// Exercises: min/max builtins with mixed constants, strings, floats, NaN handling; clear; range over int with shadowing
package main

import (
	"fmt"
	"math"
)

type Level int

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(1, 2.5))
	fmt.Println(min("pear", "apple", "fig"), max("pear", "apple"))
	var a, b Level = 4, 9
	m := max(a, b, 5)
	fmt.Printf("%T %v\n", m, m)
	fmt.Println(math.IsNaN(max(1.0, math.NaN())), min(math.Inf(-1), 0))
	x := 10
	for x := range 3 {
		x *= 2
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	const c = min(1<<10, 5000)
	fmt.Println(c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	counts := []int{}
	for i := range max(0, -3) {
		counts = append(counts, i)
	}
	fmt.Println(len(counts))
}
