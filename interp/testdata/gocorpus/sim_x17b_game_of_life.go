package main

import (
	"bytes"
	"fmt"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	c := make([][]bool, h)
	for i := range c {
		c[i] = make([]bool, w)
	}
	return &Grid{w, h, c}
}

func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) (n int) {
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return
}

func (g *Grid) Step() *Grid {
	ng := NewGrid(g.w, g.h)
	for y := range g.h {
		for x := range g.w {
			n := g.Neighbors(x, y)
			ng.cells[y][x] = n == 3 || (n == 2 && g.Alive(x, y))
		}
	}
	return ng
}

func (g *Grid) String() string {
	var buf bytes.Buffer
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				buf.WriteByte('#')
			} else {
				buf.WriteByte('.')
			}
		}
		buf.WriteByte('\n')
	}
	return buf.String()
}

func (g *Grid) Population() int {
	n := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	g := NewGrid(8, 6)
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		g.cells[p[1]][p[0]] = true
	}
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d pop %d\n%v", gen, g.Population(), g)
		g = g.Step()
	}
	seen := map[string]int{}
	for gen := 4; gen < 60; gen++ {
		k := g.String()
		if prev, ok := seen[k]; ok {
			fmt.Println("cycle from", prev, "to", gen)
			break
		}
		seen[k] = gen
		g = g.Step()
	}
}
