package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells []bool
}

func NewGrid(w, h int) *Grid { return &Grid{w, h, make([]bool, w*h)} }

func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y*g.w+x]
}

func (g *Grid) Set(x, y int, v bool) { g.cells[y*g.w+x] = v }

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
	ng := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			ng.Set(x, y, n == 3 || (n == 2 && g.Alive(x, y)))
		}
	}
	return ng
}

func (g *Grid) Population() (n int) {
	for _, c := range g.cells {
		if c {
			n++
		}
	}
	return
}

func (g *Grid) String() string {
	var sb strings.Builder
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			if g.Alive(x, y) {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func Parse(rows ...string) *Grid {
	g := NewGrid(len(rows[0]), len(rows))
	for y, r := range rows {
		for x, c := range r {
			g.Set(x, y, c == '#')
		}
	}
	return g
}

func main() {
	g := Parse(
		"........",
		"..#.....",
		"...#....",
		".###....",
		"........",
		"........",
	)
	seen := map[string]int{}
	for gen := 0; gen <= 24; gen++ {
		key := g.String()
		if prev, ok := seen[key]; ok {
			fmt.Printf("gen %d repeats gen %d\n", gen, prev)
			break
		}
		seen[key] = gen
		if gen%4 == 0 {
			fmt.Printf("gen %d pop %d\n%s", gen, g.Population(), g)
		}
		g = g.Step()
	}
	blinker := Parse(".....", "..#..", "..#..", "..#..", ".....")
	b2 := blinker.Step()
	fmt.Print(b2, b2.Step().String() == blinker.String(), "\n")
}
