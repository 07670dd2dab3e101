package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(pattern ...string) *Grid {
	g := &Grid{w: len(pattern[0]), h: len(pattern)}
	for _, row := range pattern {
		r := make([]bool, g.w)
		for i, c := range row {
			r[i] = c == '#'
		}
		g.cells = append(g.cells, r)
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
	ng := &Grid{w: g.w, h: g.h, cells: make([][]bool, g.h)}
	for y := range ng.cells {
		ng.cells[y] = make([]bool, g.w)
		for x := range ng.cells[y] {
			n := g.Neighbors(x, y)
			ng.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
		}
	}
	return ng
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

func (g *Grid) Population() int {
	p := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return p
}

func main() {
	g := NewGrid(
		".#......",
		"..#.....",
		"###.....",
		"........",
		"........",
		"........",
	)
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d pop %d\n%v", gen, g.Population(), g)
		g = g.Step()
	}
	for i := 0; i < 20; i++ {
		g = g.Step()
	}
	fmt.Printf("gen 24 pop %d\n%s", g.Population(), g)
	blinker := NewGrid(".....", "..#..", "..#..", "..#..", ".....")
	fmt.Println(blinker.Step().String() == NewGrid(".....", ".....", ".###.", ".....", ".....").String())
}
