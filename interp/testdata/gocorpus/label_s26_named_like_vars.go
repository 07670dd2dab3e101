// Exercises: labels with the names of variables, functions and types of the program (continue, break and goto to
// them), which Go keeps apart from other names.
package main

import "fmt"

type outer struct{ n int }

func grid() [][]int { return [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}} }

func main() {
	words := []string{"ab", "cd"}
words:
	for _, w := range words {
		for i := range w {
			if i == 1 {
				continue words
			}
			fmt.Println(w[i])
		}
	}
	found := 0
grid:
	for _, row := range grid() {
		for _, v := range row {
			if v%4 == 0 {
				found = v
				break grid
			}
		}
	}
	fmt.Println("found", found, outer{found})
	n := 0
outer:
	n++
	if n < 3 {
		goto outer
	}
	fmt.Println("n", n)
}
