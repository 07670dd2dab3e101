package main

import (
	"fmt"
	"strings"
)

const start = `.#.....
..#....
###....
.......
.......
.......`

type Grid [][]byte

func parse(s string) Grid {
	var g Grid
	for _, l := range strings.Split(s, "\n") {
		g = append(g, []byte(l))
	}
	return g
}

func (g Grid) neighbours(r, c int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		h, w := len(g), len(g[0])
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				if dr == 0 && dc == 0 {
					continue
				}
				nr, nc := (r+dr+h)%h, (c+dc+w)%w
				if !yield(nr, nc) {
					return
				}
			}
		}
	}
}

func (g Grid) Step() Grid {
	out := make(Grid, len(g))
	for r := range g {
		out[r] = make([]byte, len(g[r]))
		for c := range g[r] {
			n := 0
			for nr, nc := range g.neighbours(r, c) {
				if g[nr][nc] == '#' {
					n++
				}
			}
			alive := g[r][c] == '#'
			if n == 3 || (alive && n == 2) {
				out[r][c] = '#'
			} else {
				out[r][c] = '.'
			}
		}
	}
	return out
}

func (g Grid) String() string {
	lines := make([]string, len(g))
	for i, row := range g {
		lines[i] = string(row)
	}
	return strings.Join(lines, "\n")
}

func (g Grid) Count() (n int) {
	for _, row := range g {
		n += strings.Count(string(row), "#")
	}
	return
}

func main() {
	g := parse(start)
	seen := map[string]int{}
	for gen := 0; gen < 30; gen++ {
		key := g.String()
		if prev, ok := seen[key]; ok {
			fmt.Printf("cycle: gen %d repeats gen %d\n", gen, prev)
			break
		}
		seen[key] = gen
		if gen%4 == 0 {
			fmt.Printf("gen %d (%d alive)\n%v\n\n", gen, g.Count(), g)
		}
		g = g.Step()
	}
	fmt.Println("final alive:", g.Count())
}
