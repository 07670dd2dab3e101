package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int

func parse(s string) (g Grid) {
	s = strings.Join(strings.Fields(s), "")
	for i, ch := range s {
		if ch >= '1' && ch <= '9' {
			g[i/9][i%9] = int(ch - '0')
		}
	}
	return
}

func (g *Grid) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

var guesses int

func (g *Grid) Solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					guesses++
					if g.Solve() {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (g Grid) String() string {
	var b strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			b.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				b.WriteString("| ")
			}
			fmt.Fprintf(&b, "%d ", v)
		}
		b.WriteString("\n")
	}
	return b.String()
}

const puzzle = `
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`

func main() {
	g := parse(puzzle)
	orig := g
	if !g.Solve() {
		fmt.Println("no solution")
		return
	}
	fmt.Print(g)
	filled := 0
	for r := range g {
		for c := range g[r] {
			if orig[r][c] == 0 {
				filled++
			}
		}
	}
	fmt.Println("filled", filled, "guesses", guesses, "orig unchanged:", orig[0][2] == 0)
}
