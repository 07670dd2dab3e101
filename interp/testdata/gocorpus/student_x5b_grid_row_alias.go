// Exercises: a deliberate mistake: one row slice reused for every row of a weight grid, so all rows alias; copy fixes it
package main

import "fmt"

var rows, cols = 3, 4

func initWrong() [][]float64 {
	grid := make([][]float64, rows)
	row := make([]float64, cols)
	for i := range grid {
		for j := range row {
			row[j] = float64(i*cols + j)
		}
		grid[i] = row
	}
	return grid
}

func initRight() [][]float64 {
	grid := make([][]float64, rows)
	for i := range grid {
		grid[i] = make([]float64, cols)
		for j := range grid[i] {
			grid[i][j] = float64(i*cols + j)
		}
	}
	return grid
}

func main() {
	w := initWrong()
	fmt.Println("wrong:", w)
	w[0][0] = -1
	fmt.Println("after w[0][0] = -1:", w[1][0], w[2][0])
	r := initRight()
	fmt.Println("right:", r)
	var arr [2][2]int
	b := arr
	b[0][0] = 5
	fmt.Println(arr, b)
	s := r[1:]
	s[0][1] = 77
	fmt.Println(r[1])
}
