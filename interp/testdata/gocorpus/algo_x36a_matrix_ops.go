package main

import (
	"fmt"
	"strings"
)

type Matrix [][]int

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%3d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func spiralOrder(m Matrix) []int {
	var res []int
	if len(m) == 0 {
		return res
	}
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			res = append(res, m[top][c])
		}
		top++
		for r := top; r <= bottom; r++ {
			res = append(res, m[r][right])
		}
		right--
		if top <= bottom {
			for c := right; c >= left; c-- {
				res = append(res, m[bottom][c])
			}
			bottom--
		}
		if left <= right {
			for r := bottom; r >= top; r-- {
				res = append(res, m[r][left])
			}
			left++
		}
	}
	return res
}

func rotate(m Matrix) {
	n := len(m)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	for _, row := range m {
		for l, r := 0, n-1; l < r; l, r = l+1, r-1 {
			row[l], row[r] = row[r], row[l]
		}
	}
}

func setZeroes(m Matrix) {
	rows, cols := map[int]bool{}, map[int]bool{}
	for i, row := range m {
		for j, v := range row {
			if v == 0 {
				rows[i], cols[j] = true, true
			}
		}
	}
	for i := range m {
		for j := range m[i] {
			if rows[i] || cols[j] {
				m[i][j] = 0
			}
		}
	}
}

func generate(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	dr, dc := [4]int{0, 1, 0, -1}, [4]int{1, 0, -1, 0}
	r, c, d := 0, 0, 0
	for k := 1; k <= n*n; k++ {
		m[r][c] = k
		nr, nc := r+dr[d], c+dc[d]
		if nr < 0 || nr >= n || nc < 0 || nc >= n || m[nr][nc] != 0 {
			d = (d + 1) % 4
			nr, nc = r+dr[d], c+dc[d]
		}
		r, c = nr, nc
	}
	return m
}

func searchMatrix(m Matrix, target int) bool {
	r, c := 0, len(m[0])-1
	for r < len(m) && c >= 0 {
		switch v := m[r][c]; {
		case v == target:
			return true
		case v > target:
			c--
		default:
			r++
		}
	}
	return false
}

func main() {
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(spiralOrder(m), spiralOrder(Matrix{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}))
	rotate(m)
	fmt.Print(m)
	z := Matrix{{0, 1, 2, 0}, {3, 4, 5, 2}, {1, 3, 1, 5}}
	setZeroes(z)
	fmt.Print(z.String())
	g := generate(4)
	fmt.Print(g)
	fmt.Println(spiralOrder(g))
	sm := Matrix{{1, 4, 7, 11}, {2, 5, 8, 12}, {3, 6, 9, 16}, {10, 13, 14, 17}}
	fmt.Println(searchMatrix(sm, 5), searchMatrix(sm, 15))
	fmt.Printf("%v\n", [][]int(sm[:2]))
	fmt.Println(spiralOrder(nil))
}
