// Exercises: 4x4 sudoku backtracking over a [4][4]int global, box index arithmetic, early return from nested loops, printing rows with fmt.Println of arrays
package main

import (
	"fmt"
	"strings"
)

const puzzle = `1..4
..1.
.4..
2..3`

var b [4][4]int

func ok(r, c, v int) bool {
	for i := 0; i < 4; i++ {
		if b[r][i] == v || b[i][c] == v {
			return false
		}
	}
	br, bc := r/2*2, c/2*2
	for i := br; i < br+2; i++ {
		for j := bc; j < bc+2; j++ {
			if b[i][j] == v {
				return false
			}
		}
	}
	return true
}

func solve() bool {
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			if b[r][c] != 0 {
				continue
			}
			for v := 1; v <= 4; v++ {
				if ok(r, c, v) {
					b[r][c] = v
					if solve() {
						return true
					}
					b[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func main() {
	for r, line := range strings.Split(puzzle, "\n") {
		for c, ch := range line {
			if ch != '.' {
				b[r][c] = int(ch - '0')
			}
		}
	}
	fmt.Println(solve())
	for _, row := range b {
		fmt.Println(row)
	}
}
