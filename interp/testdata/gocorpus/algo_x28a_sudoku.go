package main

import (
	"errors"
	"fmt"
	"strings"
)

type Grid [9][9]int8

func Parse(s string) (Grid, error) {
	var g Grid
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
			return g, fmt.Errorf("bad character %q at %d", ch, i)
		}
	}
	return g, nil
}

func (g *Grid) ok(r, c int, v int8) bool {
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

var ErrUnsolvable = errors.New("no solution")

func (g *Grid) Solve() (steps int, err error) {
	var rec func(pos int) bool
	rec = func(pos int) bool {
		if pos == 81 {
			return true
		}
		r, c := pos/9, pos%9
		if g[r][c] != 0 {
			return rec(pos + 1)
		}
		for v := int8(1); v <= 9; v++ {
			if g.ok(r, c, v) {
				g[r][c] = v
				steps++
				if rec(pos + 1) {
					return true
				}
			}
		}
		g[r][c] = 0
		return false
	}
	if !rec(0) {
		return steps, ErrUnsolvable
	}
	return steps, nil
}

func (g Grid) String() string {
	var sb strings.Builder
	for r, row := range g {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
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
	g, err := Parse(puzzle)
	if err != nil {
		fmt.Println(err)
		return
	}
	orig := g
	steps, err := g.Solve()
	fmt.Println("steps:", steps, "err:", err)
	fmt.Print(g)
	fmt.Println("original unchanged:", orig[0][2] == 0, "solved cell:", g[0][2])

	_, err = Parse("123")
	fmt.Println(err)
	_, err = Parse(strings.Repeat("x", 81))
	fmt.Println(err)
	bad, _ := Parse("12345678.........9" + strings.Repeat(".", 63))
	_, err = bad.Solve()
	fmt.Println(err, errors.Is(err, ErrUnsolvable))
}
