package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func Parse(rows ...string) *Grid {
	g := &Grid{w: len(rows[0]), h: len(rows)}
	g.cells = make([][]bool, g.h)
	for y, r := range rows {
		g.cells[y] = make([]bool, g.w)
		for x, c := range r {
			g.cells[y][x] = c == '#'
		}
	}
	return g
}

func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	ng := &Grid{w: g.w, h: g.h, cells: make([][]bool, g.h)}
	for y := range g.h {
		ng.cells[y] = make([]bool, g.w)
		for x := range g.w {
			n := g.Neighbors(x, y)
			ng.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
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
	g := Parse(
		"..........",
		"...#......",
		"....#.....",
		"..###.....",
		"..........",
		"......##..",
		"......##..",
		"..........",
	)
	seen := map[string]int{}
	for gen := 0; gen <= 40; gen++ {
		key := g.String()
		if first, ok := seen[key]; ok {
			fmt.Printf("cycle: gen %d repeats gen %d\n", gen, first)
			break
		}
		seen[key] = gen
		if gen%8 == 0 {
			fmt.Printf("gen %d pop %d\n%s", gen, g.Population(), g)
		}
		g = g.Step()
	}
	blinker := Parse(".....", "..#..", "..#..", "..#..", ".....")
	fmt.Print(blinker.Step(), blinker.Step().Step().String() == blinker.String(), "\n")
}
