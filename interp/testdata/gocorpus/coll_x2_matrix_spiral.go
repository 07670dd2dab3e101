// Exercises: spiral-order traversal of a 2D slice and building a spiral matrix.
package main

import "fmt"

func spiral(m [][]int) []int {
	var out []int
	if len(m) == 0 {
		return out
	}
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			out = append(out, m[top][c])
		}
		top++
		for r := top; r <= bottom; r++ {
			out = append(out, m[r][right])
		}
		right--
		if top <= bottom {
			for c := right; c >= left; c-- {
				out = append(out, m[bottom][c])
			}
			bottom--
		}
		if left <= right {
			for r := bottom; r >= top; r-- {
				out = append(out, m[r][left])
			}
			left++
		}
	}
	return out
}

func main() {
	m := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Println(spiral(m))
	fmt.Println(spiral([][]int{{1}, {2}, {3}}))
	n := 4
	grid := make([][]int, n)
	for i := range grid {
		grid[i] = make([]int, n)
	}
	dr, dc := []int{0, 1, 0, -1}, []int{1, 0, -1, 0}
	r, c, d := 0, 0, 0
	for v := 1; v <= n*n; v++ {
		grid[r][c] = v
		nr, nc := r+dr[d], c+dc[d]
		if nr < 0 || nr >= n || nc < 0 || nc >= n || grid[nr][nc] != 0 {
			d = (d + 1) % 4
			nr, nc = r+dr[d], c+dc[d]
		}
		r, c = nr, nc
	}
	for _, row := range grid {
		fmt.Printf("%3d\n", row)
	}
}
