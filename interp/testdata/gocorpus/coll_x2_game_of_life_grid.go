// Exercises: Advent-of-Code-style grid simulation (Game of Life) on [][]byte with neighbor counting.
package main

import (
	"fmt"
	"strings"
)

func step(g [][]byte) [][]byte {
	h, w := len(g), len(g[0])
	next := make([][]byte, h)
	for r := range next {
		next[r] = make([]byte, w)
		for c := range next[r] {
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if dr == 0 && dc == 0 {
						continue
					}
					rr, cc := r+dr, c+dc
					if rr >= 0 && rr < h && cc >= 0 && cc < w && g[rr][cc] == '#' {
						n++
					}
				}
			}
			alive := g[r][c] == '#'
			if (alive && (n == 2 || n == 3)) || (!alive && n == 3) {
				next[r][c] = '#'
			} else {
				next[r][c] = '.'
			}
		}
	}
	return next
}

func main() {
	input := `......
...#..
....#.
..###.
......
......`
	var g [][]byte
	for _, line := range strings.Split(input, "\n") {
		g = append(g, []byte(line))
	}
	for gen := 0; gen < 4; gen++ {
		g = step(g)
	}
	alive := 0
	for _, row := range g {
		fmt.Println(string(row))
		alive += strings.Count(string(row), "#")
	}
	fmt.Println("alive:", alive)
}
