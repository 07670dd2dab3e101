// Exercises: sudoku-like backtracking over a [9][9]int8 grid passed by value, returning the solved copy
package main

import "fmt"

type Grid [4][4]int8

func ok(g Grid, r, c int, v int8) bool {
	for i := 0; i < 4; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/2*2, c/2*2
	for i := br; i < br+2; i++ {
		for j := bc; j < bc+2; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func solve(g Grid) (Grid, bool) {
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := int8(1); v <= 4; v++ {
				if ok(g, r, c, v) {
					g[r][c] = v
					if s, done := solve(g); done {
						return s, true
					}
				}
			}
			return g, false
		}
	}
	return g, true
}

func main() {
	puzzle := Grid{{1, 0, 0, 0}, {0, 0, 3, 0}, {0, 4, 0, 0}, {0, 0, 0, 2}}
	sol, found := solve(puzzle)
	fmt.Println(found, puzzle[0], sol)
}
