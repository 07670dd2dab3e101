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
	c := make([][]bool, h)
	for i := range c {
		c[i] = make([]bool, w)
	}
	return &Grid{w, h, c}
}

func Parse(s string) *Grid {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	g := NewGrid(len(lines[0]), len(lines))
	for y, line := range lines {
		for x, ch := range line {
			g.cells[y][x] = ch == '#'
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
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			alive := g.cells[y][x]
			next.cells[y][x] = n == 3 || (alive && n == 2)
		}
	}
	return next
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

func main() {
	g := Parse(`
.#......
..#.....
###.....
........
........
........
`)
	seen := map[string]int{}
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("gen %d pop %d\n%v", gen, g.Population(), g)
		seen[g.String()] = gen
		g = g.Step()
	}
	for gen := 5; gen < 60; gen++ {
		if prev, ok := seen[g.String()]; ok {
			fmt.Printf("state at gen %d repeats gen %d (period %d)\n", gen, prev, gen-prev)
			break
		}
		seen[g.String()] = gen
		g = g.Step()
	}

	blinker := Parse("...\n###\n...")
	fmt.Print(blinker.Step(), blinker.Step().Step().String() == blinker.String(), "\n")
	b2 := blinker
	b2.cells[0][0] = true
	fmt.Println(blinker.cells[0][0], len(seen))
}
