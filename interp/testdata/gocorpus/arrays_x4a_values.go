// Exercises: arrays: zero values, literals with ..., index keys, len, 2D arrays, arrays are values (copy on assign and call), comparison.
package main

import "fmt"

func zeroFirst(a [3]int) [3]int {
	a[0] = 0
	return a
}

func main() {
	var a [5]int
	fmt.Println("emp:", a)
	a[4] = 100
	fmt.Println("set:", a, "get:", a[4], "len:", len(a))
	b := [...]int{1, 2, 3, 4, 5}
	fmt.Println(b)
	c := [...]int{100, 3: 400, 500}
	fmt.Println(c, len(c))
	var twoD [2][3]int
	for i := range 2 {
		for j := range 3 {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d:", twoD)
	x := [3]int{1, 2, 3}
	y := x
	y[0] = 99
	fmt.Println(x, y, x == y, x == [3]int{1, 2, 3})
	z := zeroFirst(x)
	fmt.Println(x, z)
	p := &x
	p[1] = 42
	fmt.Println(x)
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	row := grid[1]
	row[0] = "changed"
	fmt.Println(grid, row)
}
