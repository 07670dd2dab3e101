// Exercises: labeled break and continue across nested loops, goto-free search
package main

import "fmt"

func main() {
	m := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, -9}}
outer:
	for i, row := range m {
		for j, v := range row {
			if v < 0 {
				fmt.Println("first negative at", i, j)
				break outer
			}
		}
	}
rows:
	for i, row := range m {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
		}
		fmt.Println("row", i, "all positive")
	}
}
