// Exercises: unrecovered runtime panic - failed type assertion x.(T) without comma-ok.
package main

import "fmt"

func main() {
	values := []any{1, 2, "three", 4}
	total := 0
	for _, v := range values[:2] {
		total += v.(int)
		fmt.Println("running total", total)
	}
	fmt.Println("asserting", values[2])
	total += values[2].(int)
	fmt.Println(total)
}
