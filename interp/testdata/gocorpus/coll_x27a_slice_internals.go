package main

import (
	"fmt"
	"slices"
)

func appendInfo(s []int) string {
	return fmt.Sprintf("len=%d cap=%d %v", len(s), cap(s), s)
}

func main() {
	a := make([]int, 3, 5)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(appendInfo(a), appendInfo(b), appendInfo(c))

	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3]
	fmt.Println(appendInfo(s))
	s = append(s, 100)
	fmt.Println(arr)
	t := arr[1:3:3]
	t = append(t, 200)
	fmt.Println(arr, t)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), appendInfo(append(nilS, 1)))

	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune("...")
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}

	x := []int{5, 2, 8, 1, 9, 3}
	y := slices.Clone(x)
	slices.Sort(y)
	fmt.Println(x, y)
	i, found := slices.BinarySearch(y, 8)
	fmt.Println(i, found)
	y = slices.Insert(y, 2, 42, 43)
	fmt.Println(y)
	y = slices.Delete(y, 0, 2)
	fmt.Println(y, slices.Index(y, 43), slices.Contains(y, 7))
	slices.Reverse(y)
	fmt.Println(y, slices.Max(y), slices.Min(y))

	copyDst := make([]int, 2)
	n := copy(copyDst, x)
	fmt.Println(n, copyDst)
	ov := []int{1, 2, 3, 4, 5}
	copy(ov[1:], ov)
	fmt.Println(ov)

	var matrix [3][3]int
	for i := range 3 {
		for j := range 3 {
			matrix[i][j] = i * j
		}
	}
	m2 := matrix
	m2[2][2] = -1
	fmt.Println(matrix, m2)

	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunks)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	words := []string{"pear", "Apple", "fig", "banana"}
	slices.SortFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words)
	clear(x)
	fmt.Println(x, len(x))
}
