package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int8

func Parse(s string) (g Grid) {
	s = strings.Join(strings.Fields(s), "")
	for i, c := range s {
		if c >= '1' && c <= '9' {
			g[i/9][i%9] = int8(c - '0')
		}
	}
	return
}

func (g *Grid) ok(r, c int, v int8) bool {
	for i := range 9 {
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

var steps int

func (g *Grid) Solve() bool {
	best, br, bc := 10, -1, -1
	for r := range 9 {
		for c := range 9 {
			if g[r][c] != 0 {
				continue
			}
			n := 0
			for v := int8(1); v <= 9; v++ {
				if g.ok(r, c, v) {
					n++
				}
			}
			if n < best {
				best, br, bc = n, r, c
			}
		}
	}
	if br < 0 {
		return true
	}
	for v := int8(1); v <= 9; v++ {
		if g.ok(br, bc, v) {
			g[br][bc] = v
			steps++
			if g.Solve() {
				return true
			}
			g[br][bc] = 0
		}
	}
	return false
}

func (g Grid) String() string {
	var sb strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	puzzle := `
53..7.... 6..195... .98....6.
8...6...3 4..8.3..1 7...2...6
.6....28. ...419..5 ....8..79`
	g := Parse(puzzle)
	orig := g
	solved := g.Solve()
	fmt.Println("solved:", solved, "steps:", steps)
	fmt.Print(g)
	fmt.Println(orig[0][2], g[0][2], orig == g)
	bad := orig
	bad[0][2] = 5
	bad[0][0] = 0
	bad[0][1] = 0
	bad[1][1] = 5
	steps = 0
	fmt.Println("bad solvable:", bad.Solve(), steps > 0)
}
