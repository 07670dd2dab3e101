package main

import (
	"fmt"
	"strings"
)

type Sudoku [9][9]int

func Parse(s string) (Sudoku, error) {
	var g Sudoku
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return g, fmt.Errorf("need 81 cells, got %d", len(s))
	}
	for i, ch := range s {
		switch {
		case ch == '.' || ch == '0':
		case ch >= '1' && ch <= '9':
			g[i/9][i%9] = int(ch - '0')
		default:
			return g, fmt.Errorf("bad char %q at %d", ch, i)
		}
	}
	return g, nil
}

func (g *Sudoku) ok(r, c, v int) bool {
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

func (g *Sudoku) Solve(steps *int) bool {
	// choose the empty cell with fewest candidates
	br, bc, bestN := -1, -1, 10
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			n := 0
			for v := 1; v <= 9; v++ {
				if g.ok(r, c, v) {
					n++
				}
			}
			if n < bestN {
				br, bc, bestN = r, c, n
			}
		}
	}
	if br < 0 {
		return true
	}
	for v := 1; v <= 9; v++ {
		if g.ok(br, bc, v) {
			g[br][bc] = v
			*steps++
			if g.Solve(steps) {
				return true
			}
			g[br][bc] = 0
		}
	}
	return false
}

func (g Sudoku) String() string {
	var sb strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			sb.WriteString(fmt.Sprint(v, " "))
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
	g, err := Parse(puzzle)
	if err != nil {
		fmt.Println(err)
		return
	}
	steps := 0
	solved := g.Solve(&steps)
	fmt.Println("solved:", solved, "placements:", steps)
	fmt.Print(g)
	copyG := g
	copyG[0][0] = 0
	fmt.Println(g[0][0], copyG[0][0], g == copyG)
	_, err = Parse("123")
	fmt.Println(err)
	_, err = Parse(strings.Repeat("x", 81))
	fmt.Println(err)
}
