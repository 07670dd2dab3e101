// Exercises: slice aliasing after append within capacity, full slice expression limiting cap, copy overlap, slices.Clone breaking alias
package main

import (
	"fmt"
	"slices"
)

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3], len(base))
	c := append(base[:3:3], 3)
	d := append(base[:3:3], 4)
	fmt.Println(c[3], d[3])
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t[0] = 20
	t = append(t, 30)
	fmt.Println(s, t, len(t), cap(t))
	copy(s[1:], s)
	fmt.Println(s)
	u := slices.Clone(s[:2])
	u[0] = 99
	fmt.Println(s[0], u)
	grid := make([][]int, 2)
	row := []int{0, 0}
	for i := range grid {
		grid[i] = row
	}
	grid[0][1] = 7
	fmt.Println(grid)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(append(nilS, empty...)))
}
