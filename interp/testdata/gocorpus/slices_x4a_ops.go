// Exercises: slices: make, append with growth, copy, slicing shares storage, 3-index slices, nil vs empty, 2D slices, slices package.
package main

import (
	"fmt"
	"slices"
)

func main() {
	var s []string
	fmt.Println("uninit:", s, s == nil, len(s) == 0)
	s = make([]string, 3)
	fmt.Println("emp:", s, "len:", len(s), "cap:", cap(s))
	s[0], s[1], s[2] = "a", "b", "c"
	s = append(s, "d")
	s = append(s, "e", "f")
	fmt.Println("apd:", s)
	c := make([]string, len(s))
	n := copy(c, s)
	fmt.Println("cpy:", c, n)
	l := s[2:5]
	fmt.Println("sl1:", l)
	l[0] = "C"
	fmt.Println("shared:", s[2])
	fmt.Println(s[:2], s[4:])
	t := []string{"g", "h", "i"}
	t2 := []string{"g", "h", "i"}
	fmt.Println(slices.Equal(t, t2))
	lim := t[0:1:1]
	lim = append(lim, "X")
	fmt.Println(t, lim, cap(t[0:1:1]))
	tri := make([][]int, 3)
	for i := range 3 {
		tri[i] = make([]int, i+1)
		for j := range tri[i] {
			tri[i][j] = i + j
		}
	}
	fmt.Println(tri)
	nums := []int{5, 2, 8, 1}
	slices.Sort(nums)
	fmt.Println(nums, slices.Contains(nums, 8), slices.Index(nums, 5))
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
}
