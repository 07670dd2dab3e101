// Exercises: student mistakes with slice aliasing: append into a shared backing array, batches overwriting data
package main

import "fmt"

var data = []float64{1, 2, 3, 4, 5, 6}

func firstBatchWithBias(d []float64) []float64 {
	batch := d[:2]
	return append(batch, 100) // writes over d[2]
}

func normalizeInPlace(xs []float64) []float64 {
	out := xs // not a copy
	for i := range out {
		out[i] /= 2
	}
	return out
}

func main() {
	b := firstBatchWithBias(data)
	fmt.Println(b, data)
	n := normalizeInPlace(data[3:])
	fmt.Println(n, data)
	a := make([]int, 3, 10)
	x := append(a, 1)
	y := append(a, 2)
	fmt.Println(x, y, len(a), cap(a))
	full := []int{1, 2, 3}
	p := append(full, 4)
	q := append(full, 5)
	fmt.Println(p, q)
	grid := make([][]int, 2)
	row := []int{0, 0}
	for i := range grid {
		grid[i] = row // both rows share one array
	}
	grid[0][1] = 9
	fmt.Println(grid)
	c := data[1:3:3]
	c = append(c, -1)
	fmt.Println(c, data)
}
