// Exercises: 2D slices allocated row by row, jagged rows and transposition.
package main

import "fmt"

func main() {
	rows, cols := 3, 4
	grid := make([][]int, rows)
	for r := range grid {
		grid[r] = make([]int, cols)
		for c := range grid[r] {
			grid[r][c] = r*cols + c
		}
	}
	fmt.Println(grid)
	t := make([][]int, cols)
	for c := range t {
		t[c] = make([]int, rows)
		for r := range rows {
			t[c][r] = grid[r][c]
		}
	}
	fmt.Println(t)
	jagged := [][]string{{"a"}, {"b", "c"}, {}}
	for i, row := range jagged {
		fmt.Println(i, len(row), row)
	}
}
