// Exercises: named function types, function values in maps and nil function checks.
package main

import (
	"fmt"
	"sort"
)

type BinOp func(float64, float64) float64

func apply(op BinOp, a, b float64) float64 {
	if op == nil {
		return 0
	}
	return op(a, b)
}

func main() {
	ops := map[string]BinOp{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("6 %s 4 = %g\n", k, apply(ops[k], 6, 4))
	}
	fmt.Println(apply(ops["%"], 1, 2))
	var f func() int
	fmt.Println(f == nil)
}
