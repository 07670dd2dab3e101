// Exercises: arrays are values (copied on assignment and call), array of arrays, len of array
package main

import "fmt"

func zero(a [3]int)   { a[0] = 0 }
func zeroP(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{7, 8, 9}
	zero(a)
	fmt.Println(a)
	zeroP(&a)
	fmt.Println(a)
	var grid [2][3]float64
	grid[1][2] = 1.5
	g := grid
	g[0][0] = 9
	fmt.Println(grid, g, len(grid), len(grid[0]))
	s := a[:]
	s[1] = 42
	fmt.Println(a, [...]string{2: "c", 0: "a"})
}
