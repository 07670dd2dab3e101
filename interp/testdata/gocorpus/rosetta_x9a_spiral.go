// Exercises: spiral matrix with direction vectors as arrays, and zig-zag matrix, printed with %3d
package main

import "fmt"

func spiral(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
		for j := range m[i] {
			m[i][j] = -1
		}
	}
	dirs := [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	r, c, d := 0, 0, 0
	for k := 0; k < n*n; k++ {
		m[r][c] = k
		nr, nc := r+dirs[d][0], c+dirs[d][1]
		if nr < 0 || nr >= n || nc < 0 || nc >= n || m[nr][nc] != -1 {
			d = (d + 1) % 4
			nr, nc = r+dirs[d][0], c+dirs[d][1]
		}
		r, c = nr, nc
	}
	return m
}

func zigzag(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	i, j := 0, 0
	for k := 0; k < n*n; k++ {
		m[i][j] = k
		if (i+j)%2 == 0 {
			switch {
			case j == n-1:
				i++
			case i == 0:
				j++
			default:
				i, j = i-1, j+1
			}
		} else {
			switch {
			case i == n-1:
				j++
			case j == 0:
				i++
			default:
				i, j = i+1, j-1
			}
		}
	}
	return m
}

func main() {
	for _, f := range []func(int) [][]int{spiral, zigzag} {
		for _, row := range f(5) {
			for _, v := range row {
				fmt.Printf("%3d", v)
			}
			fmt.Println()
		}
		fmt.Println()
	}
}
