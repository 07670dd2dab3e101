package main

import (
	"fmt"
	"strings"
)

type Sudoku [9][9]int8

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
			g[i/9][i%9] = int8(ch - '0')
		default:
			return g, fmt.Errorf("bad char %q at %d", ch, i)
		}
	}
	return g, nil
}

func (g *Sudoku) ok(r, c int, v int8) bool {
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
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := int8(1); v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					*steps++
					if g.Solve(steps) {
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

func (g Sudoku) String() string {
	var b strings.Builder
	for r, row := range g {
		if r > 0 && r%3 == 0 {
			b.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				b.WriteString("| ")
			}
			fmt.Fprintf(&b, "%d ", v)
		}
		b.WriteString("\n")
	}
	return b.String()
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
	fmt.Println("solved:", g.Solve(&steps), "steps:", steps)
	fmt.Print(g)
	if _, err := Parse("12x"); err != nil {
		fmt.Println("error:", err)
	}
	if _, err := Parse(strings.Repeat("1", 80) + "z"); err != nil {
		fmt.Println("error:", err)
	}
}
