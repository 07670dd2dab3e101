// Exercises: 100 doors by simulation with a [101]bool array and by perfect squares, range over an int (Go 1.22)
package main

import "fmt"

func main() {
	var doors [101]bool
	for pass := 1; pass <= 100; pass++ {
		for d := pass; d <= 100; d += pass {
			doors[d] = !doors[d]
		}
	}
	var open []int
	for d, isOpen := range doors {
		if isOpen {
			open = append(open, d)
		}
	}
	fmt.Println(open)
	var squares []int
	for i := range 10 {
		squares = append(squares, (i+1)*(i+1))
	}
	fmt.Println(squares, fmt.Sprint(open) == fmt.Sprint(squares))
	total := 0
	for range 5 {
		total++
	}
	fmt.Println(total, len(doors))
}
