package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	g := &Grid{w: w, h: h, cells: make([][]bool, h)}
	for y := range h {
		g.cells[y] = make([]bool, w)
	}
	return g
}

func Parse(s string) *Grid {
	rows := strings.Split(strings.TrimSpace(s), "\n")
	g := NewGrid(len(rows[0]), len(rows))
	for y, row := range rows {
		for x, c := range row {
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
	next := NewGrid(g.w, g.h)
	for y := range g.h {
		for x := range g.w {
			n := g.Neighbors(x, y)
			next.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
		}
	}
	return next
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

func (g *Grid) String() string {
	var b strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

const glider = `
.#......
..#.....
###.....
........
........
........`

func main() {
	g := Parse(glider)
	for gen := range 5 {
		fmt.Printf("gen %d pop %d\n%v", gen, g.Population(), g)
		g = g.Step()
	}
	blinker := Parse(".....\n..#..\n..#..\n..#..\n.....")
	seen := map[string]int{}
	for gen := 0; ; gen++ {
		key := blinker.String()
		if first, ok := seen[key]; ok {
			fmt.Printf("cycle: gen %d repeats gen %d (period %d)\n", gen, first, gen-first)
			break
		}
		seen[key] = gen
		blinker = blinker.Step()
	}
}
