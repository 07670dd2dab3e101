// Exercises: cycle detection with a map from state string to step, rolling rocks north and rotating a [][]byte grid, extrapolating to 1e9 cycles, load computation
package main

import (
	"bytes"
	"fmt"
	"strings"
)

const input = `O....#..
O.OO#...
.....##.
OO.#O...
.O.....O
O.#..O.#
#OO..#O.`

var g [][]byte

func tiltNorth() {
	for c := 0; c < len(g[0]); c++ {
		free := 0
		for r := 0; r < len(g); r++ {
			switch g[r][c] {
			case '#':
				free = r + 1
			case 'O':
				g[r][c], g[free][c] = '.', 'O'
				free++
			}
		}
	}
}

func rotateCW() {
	n, m := len(g), len(g[0])
	out := make([][]byte, m)
	for i := range out {
		out[i] = make([]byte, n)
		for j := 0; j < n; j++ {
			out[i][j] = g[n-1-j][i]
		}
	}
	g = out
}

func main() {
	for _, l := range strings.Split(input, "\n") {
		g = append(g, []byte(l))
	}
	seen, loads := map[string]int{}, []int{}
	const total = 1_000_000_000
	for step := 0; step < total; step++ {
		k := string(bytes.Join(g, []byte("/")))
		if first, ok := seen[k]; ok {
			fmt.Println("cycle", first, step-first, "load", loads[first+(total-first)%(step-first)])
			return
		}
		seen[k] = step
		load := 0
		for r, row := range g {
			load += bytes.Count(row, []byte("O")) * (len(g) - r)
		}
		loads = append(loads, load)
		for i := 0; i < 4; i++ {
			tiltNorth()
			rotateCW()
		}
	}
}
