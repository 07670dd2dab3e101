package main

import (
	"fmt"
	"strings"
)

type Grid [][]rune

func ParseGrid(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		g = append(g, []rune(line))
	}
	return g
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		sb.WriteString(string(row))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := r+dr, c+dc
			if rr >= 0 && rr < len(g) && cc >= 0 && cc < len(g[rr]) && g[rr][cc] == '#' {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	next := make(Grid, len(g))
	for r := range g {
		next[r] = make([]rune, len(g[r]))
		for c := range g[r] {
			n := g.Neighbors(r, c)
			switch {
			case g[r][c] == '#' && (n == 2 || n == 3):
				next[r][c] = '#'
			case g[r][c] == '.' && n == 3:
				next[r][c] = '#'
			default:
				next[r][c] = '.'
			}
		}
	}
	return next
}

func main() {
	g := ParseGrid(`
......
..#...
...#..
.###..
......
......
`)
	for i := 0; i < 4; i++ {
		g = g.Step()
	}
	fmt.Print(g)
	alive := 0
	for _, row := range g {
		for _, c := range row {
			if c == '#' {
				alive++
			}
		}
	}
	fmt.Println("alive", alive)
	var board [3][3]string
	moves := [][2]int{{0, 0}, {1, 1}, {0, 1}, {2, 2}, {0, 2}}
	for i, m := range moves {
		board[m[0]][m[1]] = []string{"X", "O"}[i%2]
	}
	for _, row := range board {
		fmt.Printf("%q\n", row)
	}
	copyB := board
	copyB[2][0] = "Z"
	fmt.Println(board[2], copyB[2], board == copyB)
	jag := make([][]int, 4)
	for i := range jag {
		for j := 0; j <= i; j++ {
			jag[i] = append(jag[i], i*j)
		}
	}
	fmt.Println(jag, len(jag[3]))
}
