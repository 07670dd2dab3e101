package main

import "fmt"

func add(s []int, v int)     { s = append(s, v); s[0] = -1 }
func addPtr(s *[]int, v int) { *s = append(*s, v) }

func main() {
	a := make([]int, 1, 4)
	add(a, 5)
	fmt.Println(a, len(a), a[:2])
	b := []int{1}
	add(b, 5)
	fmt.Println(b)
	addPtr(&b, 7)
	fmt.Println(b)
	grid := make([][]int, 2)
	row := make([]int, 2)
	for i := range grid {
		grid[i] = row // same backing array, a classic bug
	}
	grid[0][0] = 1
	fmt.Println(grid)
	s := []string{"a", "b", "c", "d"}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	t := s[:cap(s)]
	fmt.Println(t)
}
