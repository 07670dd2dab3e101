// Exercises: matrix and board problems: rotate a square matrix in place, count islands with DFS on [][]byte, 2-D array value copy.
package main

import "fmt"

func rotate(m [][]int) {
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

func islands(grid [][]byte) int {
	var sink func(r, c int)
	sink = func(r, c int) {
		if r < 0 || c < 0 || r >= len(grid) || c >= len(grid[r]) || grid[r][c] != '#' {
			return
		}
		grid[r][c] = '~'
		sink(r+1, c)
		sink(r-1, c)
		sink(r, c+1)
		sink(r, c-1)
	}
	n := 0
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] == '#' {
				n++
				sink(r, c)
			}
		}
	}
	return n
}

func main() {
	m := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	rotate(m)
	fmt.Println(m)
	rows := []string{"##..#", "#...#", "..#..", "....#"}
	grid := make([][]byte, len(rows))
	for i, r := range rows {
		grid[i] = []byte(r)
	}
	fmt.Println(islands(grid), string(grid[0]))
	var board [3][3]rune
	board[1][1] = 'X'
	cp := board
	cp[0][0] = 'O'
	fmt.Println(board[0][0] == 0, cp[1][1] == 'X', string(cp[0][0]))
}
