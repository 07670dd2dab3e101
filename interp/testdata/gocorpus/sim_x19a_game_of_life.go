package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func Parse(s string) *Grid {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	g := &Grid{w: len(lines[0]), h: len(lines)}
	for _, l := range lines {
		row := make([]bool, g.w)
		for i, c := range l {
			row[i] = c == '#'
		}
		g.cells = append(g.cells, row)
	}
	return g
}

func (g *Grid) alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	ng := &Grid{w: g.w, h: g.h, cells: make([][]bool, g.h)}
	for y := range ng.cells {
		ng.cells[y] = make([]bool, g.w)
		for x := range ng.cells[y] {
			n := g.neighbors(x, y)
			ng.cells[y][x] = n == 3 || n == 2 && g.cells[y][x]
		}
	}
	return ng
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g *Grid) Population() (n int) {
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	g := Parse(`
.#......
..#.....
###.....
........
.....##.
.....##.
`)
	seen := map[string]int{}
	for gen := 0; gen <= 8; gen++ {
		if gen%4 == 0 {
			fmt.Printf("gen %d pop %d\n%s", gen, g.Population(), g)
		}
		key := g.String()
		if prev, ok := seen[key]; ok {
			fmt.Println("repeat of gen", prev, "at", gen)
		}
		seen[key] = gen
		g = g.Step()
	}
	fmt.Println(len(seen))
}
