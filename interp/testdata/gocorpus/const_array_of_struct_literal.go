// Exercises: composite literals with elided types in arrays, slices, maps and pointers.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	arr := [...]Point{{1, 2}, {3, 4}}
	ptrs := []*Point{{5, 6}, {X: 7}}
	m := map[Point]string{{0, 0}: "origin"}
	nested := map[string][]Point{"line": {{0, 0}, {1, 1}}}
	mat := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(arr, len(arr))
	fmt.Println(*ptrs[0], *ptrs[1])
	fmt.Println(m, nested)
	fmt.Println(mat, len(mat[0]))
	idx := []string{3: "d", 1: "b"}
	fmt.Printf("%q %d\n", idx, len(idx))
}
