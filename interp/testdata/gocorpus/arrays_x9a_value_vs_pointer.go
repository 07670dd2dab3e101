// Exercises: arrays of arrays passed by value vs by pointer, array equality, copying, slices aliasing arrays
package main

import "fmt"

type Grid [3][3]int

func fillByValue(g Grid) Grid {
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*3 + j
		}
	}
	return g
}

func fillByPointer(g *Grid) {
	for i := range g {
		g[i][i] = 9
	}
}

func rowSum(row [3]int) (s int) {
	for _, v := range row {
		s += v
	}
	row[0] = 100
	return
}

func main() {
	var g Grid
	h := fillByValue(g)
	fmt.Println(g, h)
	fillByPointer(&g)
	fmt.Println(g, g == h, g != Grid{})
	fmt.Println(rowSum(h[2]), h[2])
	c := h
	c[0][0] = -1
	fmt.Println(h[0], c[0])
	s := h[1][:]
	s[1] = 42
	fmt.Println(h[1], len(s), cap(s))
	rows := []([3]int){h[0], h[1]}
	rows[0][0] = 7
	fmt.Println(rows, h[0])
	for _, row := range h {
		row[0] = 555
	}
	for i := range h {
		h[i][2] *= 10
	}
	fmt.Printf("%v %T\n", h, &h)
	p := &h[2]
	p[0] = 1
	fmt.Println(h[2], *p)
}
