// Exercises: generic Transpose and MapGrid over [][]T with different element types.
package main

import (
	"fmt"
	"strconv"
)

func Transpose[T any](m [][]T) [][]T {
	if len(m) == 0 {
		return nil
	}
	out := make([][]T, len(m[0]))
	for i := range out {
		out[i] = make([]T, len(m))
		for j := range m {
			out[i][j] = m[j][i]
		}
	}
	return out
}

func MapGrid[T, U any](m [][]T, f func(T) U) [][]U {
	out := make([][]U, len(m))
	for i, row := range m {
		out[i] = make([]U, len(row))
		for j, v := range row {
			out[i][j] = f(v)
		}
	}
	return out
}

func main() {
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	t := Transpose(m)
	for _, row := range t {
		fmt.Println(row)
	}
	s := MapGrid(t, func(v int) string { return "#" + strconv.Itoa(v*v) })
	fmt.Println(s)
	letters := [][]rune{[]rune("ab"), []rune("cd")}
	for _, row := range Transpose(letters) {
		fmt.Println(string(row))
	}
	fmt.Println(Transpose[int](nil) == nil)
}
