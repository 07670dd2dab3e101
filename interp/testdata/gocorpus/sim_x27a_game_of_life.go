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
	for y := range g.cells {
		g.cells[y] = make([]bool, w)
	}
	return g
}

func Parse(rows ...string) *Grid {
	g := NewGrid(len(rows[0]), len(rows))
	for y, r := range rows {
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
	next := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			next.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
		}
	}
	return next
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

func (g *Grid) Population() (p int) {
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return
}

func main() {
	g := Parse(
		".#......",
		"..#.....",
		"###.....",
		"........",
		"........",
		"....###.",
	)
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d pop %d\n%v", gen, g.Population(), g)
		g = g.Step()
	}
	for range 20 {
		g = g.Step()
	}
	fmt.Println("after 24:", g.Population())
	fmt.Print(g)
}
