// Exercises: arrays are values: copying [3]float64 weights, passing arrays to functions, arrays in structs, array equality, pointers to arrays
package main

import "fmt"

type Layer struct {
	W [3]float64
	B float64
}

func zero(w [3]float64) { w[0] = 0 }

func zeroPtr(w *[3]float64) { w[0] = 0 }

func main() {
	w := [3]float64{1, 2, 3}
	best := w // a full copy
	w[1] = 20
	fmt.Println(w, best, w == best)
	zero(w)
	fmt.Println(w)
	zeroPtr(&w)
	fmt.Println(w, len(w))
	l1 := Layer{W: [3]float64{1, 1, 1}}
	l2 := l1
	l2.W[2] = 5
	fmt.Println(l1, l2, l1 == l2)
	s := w[:] // a slice of the array shares it
	s[2] = -3
	fmt.Println(w, s)
	grid := [2][2]int{{1, 2}, {3, 4}}
	g := grid
	g[0][0] = 9
	fmt.Println(grid, g)
	hist := map[[2]int]int{{0, 1}: 3}
	hist[[2]int{0, 1}]++
	fmt.Println(hist)
}
