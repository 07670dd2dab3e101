package main

import (
	"fmt"
	"strings"
)

const dish = `O....#....
O.OO#....#
.....##...
OO.#O....O
.O.....O#.
O.#..O.#.#
..O..#O..O
.......O..
#....###..
#OO..#....`

type Grid [][]rune

func (g Grid) tiltNorth() {
	for c := range g[0] {
		free := 0
		for r := range g {
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

func (g Grid) rotateCW() Grid {
	h, w := len(g), len(g[0])
	out := make(Grid, w)
	for c := range w {
		out[c] = make([]rune, h)
		for r := range h {
			out[c][h-1-r] = g[r][c]
		}
	}
	return out
}

func (g Grid) load() int {
	total := 0
	for r, row := range g {
		total += strings.Count(string(row), "O") * (len(g) - r)
	}
	return total
}

func (g Grid) key() string {
	var sb strings.Builder
	for _, row := range g {
		sb.WriteString(string(row))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func parse() Grid {
	var g Grid
	for _, l := range strings.Split(dish, "\n") {
		g = append(g, []rune(l))
	}
	return g
}

func main() {
	g := parse()
	g.tiltNorth()
	fmt.Print(g.key())
	fmt.Println("part1", g.load())
	g = parse()
	seen := map[string]int{}
	loads := []int{}
	const target = 1000000000
	for i := 0; ; i++ {
		k := g.key()
		if j, ok := seen[k]; ok {
			cycle := i - j
			idx := j + (target-j)%cycle
			fmt.Printf("cycle start=%d len=%d\n", j, cycle)
			fmt.Println("part2", loads[idx])
			break
		}
		seen[k] = i
		loads = append(loads, g.load())
		for range 4 {
			g.tiltNorth()
			g = g.rotateCW()
		}
	}
	fmt.Println(loads)
}
