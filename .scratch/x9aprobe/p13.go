// Exercises: copy and append aliasing, three-index slices, slices of slices sharing backing arrays
package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(b), cap(b))
	d := a[:2:2]
	e := append(d, 9)
	e[0] = 42
	fmt.Println(a, d, e, cap(d))
	src := []int{1, 2, 3, 4, 5}
	n := copy(src[1:], src)
	fmt.Println(n, src)
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	grid := make([][]rune, 2)
	row := []rune("ab")
	grid[0], grid[1] = row, row
	grid[1][0] = 'z'
	fmt.Println(string(grid[0]), string(grid[1]))
}
