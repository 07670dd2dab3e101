package main

import (
	"fmt"
	"strings"
)

// 2D slices: sharing one row across all rows, and in-place updates in
// simulations (Game of Life must use a second buffer).

type Grid [][]bool

func NewGrid(h, w int) Grid {
	g := make(Grid, h)
	for i := range g {
		g[i] = make([]bool, w)
	}
	return g
}

// Single backing array, rows are sub-slices with capped capacity.
func NewGridContiguous(h, w int) Grid {
	cells := make([]bool, h*w)
	g := make(Grid, h)
	for i := range g {
		g[i] = cells[i*w : (i+1)*w : (i+1)*w]
	}
	return g
}

func (g Grid) Neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+len(g))%len(g), (c+dc+len(g[0]))%len(g[0])
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step(next Grid) {
	for r := range g {
		for c := range g[r] {
			n := g.Neighbours(r, c)
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	// The mistake: every row is the same slice.
	row := make([]int, 3)
	bad := [][]int{row, row, row}
	bad[0][1] = 5
	fmt.Println("shared rows:", bad)

	good := make([][]int, 3)
	for i := range good {
		good[i] = make([]int, 3)
	}
	good[0][1] = 5
	fmt.Println("separate rows:", good)

	// Arrays of arrays are values.
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	copyBoard := board
	copyBoard[1][1] = 'X'
	fmt.Println(string(board[1][:]), string(copyBoard[1][:]))

	// Glider on a 6x6 torus, double-buffered.
	cur, next := NewGrid(6, 6), NewGridContiguous(6, 6)
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		cur[p[0]][p[1]] = true
	}
	for gen := range 4 {
		if gen%2 == 0 {
			fmt.Printf("gen %d:\n%v", gen, cur)
		}
		cur.Step(next)
		cur, next = next, cur
	}
	fmt.Printf("gen 4:\n%v", cur)

	// Appending to a row of a contiguous grid without a cap limit would overwrite the next row.
	cells := []int{1, 2, 3, 4, 5, 6}
	r0 := cells[0:3]
	r1 := cells[3:6]
	r0 = append(r0, 99)
	fmt.Println("r0:", r0, "r1 clobbered:", r1)

	// Transpose.
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	fmt.Println(t)
}
