// Exercises: arrays are copied on assignment and when passed to functions; compared with ==.
package main

import "fmt"

func zero(a [3]int) { a[0] = 0 }

func zeroPtr(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b)
	zero(a)
	fmt.Println(a)
	zeroPtr(&a)
	fmt.Println(a)
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(len(c), c)
	grid := [2][2]bool{{true}, {false, true}}
	g2 := grid
	g2[0][0] = false
	fmt.Println(grid, g2)
}
