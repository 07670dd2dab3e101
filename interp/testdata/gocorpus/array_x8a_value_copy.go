// Exercises: arrays are values - copied on assignment, on passing to functions, and in struct fields
package main

import "fmt"

type Grid struct{ Cells [3]int }

func zero(a [3]int) [3]int {
	a[0] = 0
	return a
}

func zeroPtr(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println("copy on assign:", a, b)
	c := zero(a)
	fmt.Println("copy on pass:", a, c)
	zeroPtr(&a)
	fmt.Println("pointer param modifies:", a)
	g1 := Grid{[3]int{7, 8, 9}}
	g2 := g1
	g2.Cells[2] = 90
	fmt.Println("struct with array field copied:", g1.Cells, g2.Cells)
	nested := [2][2]int{{1, 2}, {3, 4}}
	row := nested[0]
	row[0] = 100
	fmt.Println("row of nested array is a copy:", nested, row)
	arrs := []([2]int){{1, 1}, {2, 2}}
	first := arrs[0]
	first[0] = 5
	arrs[1][0] = 6
	fmt.Println("array element of slice:", arrs, first)
}
