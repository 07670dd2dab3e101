package main

import (
	"errors"
	"fmt"
	"strings"
)

const rows, cols = 6, 7

type Grid [rows][cols]rune

var ErrColumnFull = errors.New("column full")
var ErrBadColumn = errors.New("bad column")

func (g *Grid) Drop(col int, p rune) (int, error) {
	if col < 0 || col >= cols {
		return 0, fmt.Errorf("drop %d: %w", col, ErrBadColumn)
	}
	for r := rows - 1; r >= 0; r-- {
		if g[r][col] == 0 {
			g[r][col] = p
			return r, nil
		}
	}
	return 0, fmt.Errorf("drop %d: %w", col, ErrColumnFull)
}

func (g *Grid) count(r, c, dr, dc int, p rune) int {
	n := 0
	for r += dr; r >= 0 && r < rows && c+dc*(n+1) >= 0 && c+dc*(n+1) < cols; r += dr {
		if g[r][c+dc*(n+1)] != p {
			break
		}
		n++
	}
	return n
}

func (g *Grid) Wins(r, c int, p rune) bool {
	dirs := [][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}}
	for _, d := range dirs {
		total := 1 + g.count(r, c, d[0], d[1], p) + g.count(r, c, -d[0], -d[1], p)
		if total >= 4 {
			return true
		}
	}
	return false
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, v := range row {
			if v == 0 {
				v = '.'
			}
			sb.WriteRune(v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var g Grid
	moves := []int{3, 3, 4, 4, 2, 9, 5, 1, 1, 0, 0, 0, 0, 0, 0, 0, 5}
	players := []rune{'R', 'Y'}
	turn := 0
	for _, m := range moves {
		p := players[turn%2]
		r, err := g.Drop(m, p)
		if err != nil {
			fmt.Printf("%c: %v (full=%t bad=%t)\n", p, err, errors.Is(err, ErrColumnFull), errors.Is(err, ErrBadColumn))
			continue
		}
		turn++
		if g.Wins(r, m, p) {
			fmt.Printf("%c wins at row %d col %d after %d moves\n", p, r, m, turn)
			break
		}
	}
	fmt.Print(g)
}
