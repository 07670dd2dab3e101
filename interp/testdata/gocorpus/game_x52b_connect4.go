package main

import (
	"errors"
	"fmt"
	"strings"
)

const (
	Rows = 6
	Cols = 7
)

type Grid [Rows][Cols]rune

var ErrFull = errors.New("column full")

type BadColumn int

func (e BadColumn) Error() string { return fmt.Sprintf("bad column %d", int(e)) }

func (g *Grid) Drop(col int, p rune) (int, error) {
	if col < 0 || col >= Cols {
		return 0, BadColumn(col)
	}
	for r := Rows - 1; r >= 0; r-- {
		if g[r][col] == 0 {
			g[r][col] = p
			return r, nil
		}
	}
	return 0, fmt.Errorf("drop %d: %w", col, ErrFull)
}

func (g *Grid) Wins(r, c int) bool {
	p := g[r][c]
	dirs := [][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}}
	for _, d := range dirs {
		n := 1
		for _, s := range []int{1, -1} {
			rr, cc := r+s*d[0], c+s*d[1]
			for rr >= 0 && rr < Rows && cc >= 0 && cc < Cols && g[rr][cc] == p {
				n++
				rr += s * d[0]
				cc += s * d[1]
			}
		}
		if n >= 4 {
			return true
		}
	}
	return false
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			sb.WriteRune(c)
		}
		sb.WriteString("\n")
	}
	sb.WriteString(strings.Repeat("-", Cols))
	return sb.String()
}

func main() {
	moves := []int{3, 3, 4, 4, 9, 2, 5, 2, 3, 3, 3, 3, 3, 6}
	var g Grid
	players := []rune{'R', 'Y'}
	turn := 0
	for _, m := range moves {
		p := players[turn%2]
		r, err := g.Drop(m, p)
		var bc BadColumn
		switch {
		case errors.As(err, &bc):
			fmt.Printf("%c: %v (value %d)\n", p, err, int(bc))
			continue
		case errors.Is(err, ErrFull):
			fmt.Printf("%c: %v\n", p, err)
			continue
		}
		fmt.Printf("%c -> col %d row %d\n%s\n", p, m, r, g)
		if g.Wins(r, m) {
			fmt.Printf("%c wins!\n", p)
			break
		}
		turn++
	}
}
