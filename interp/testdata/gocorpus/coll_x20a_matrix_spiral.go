package main

import (
	"fmt"
	"slices"
)

func spiral(m [][]int) []int {
	if len(m) == 0 {
		return nil
	}
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	var out []int
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				out = append(out, m[bottom][j])
			}
			bottom--
		}
		if left <= right {
			for i := bottom; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func rotate(m [][]int) [][]int {
	n := len(m)
	r := make([][]int, len(m[0]))
	for i := range r {
		r[i] = make([]int, n)
		for j := range n {
			r[i][j] = m[n-1-j][i]
		}
	}
	return r
}

func grid(r, c int) [][]int {
	g := make([][]int, r)
	for i := range g {
		g[i] = make([]int, c)
		for j := range g[i] {
			g[i][j] = i*c + j + 1
		}
	}
	return g
}

func main() {
	fmt.Println(spiral(grid(3, 3)))
	fmt.Println(spiral(grid(3, 4)))
	fmt.Println(spiral(grid(1, 5)), spiral(grid(4, 1)), spiral(nil))
	g := grid(2, 3)
	fmt.Println(rotate(g), rotate(rotate(rotate(rotate(g)))))
	var arr [3][3]int
	for i := range arr {
		for j := range arr[i] {
			arr[i][j] = (i + 1) * (j + 1)
		}
	}
	cp := arr
	cp[1][1] = 100
	fmt.Println(arr, cp[1])
	flat := slices.Concat(g...)
	fmt.Println(flat, slices.Index(flat, 5), slices.Contains(flat, 9))
	chunks := [][]int{}
	for c := range slices.Chunk(flat, 4) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	for i, row := range jag {
		fmt.Print(i, len(row), row, " ")
	}
	fmt.Println()
}
