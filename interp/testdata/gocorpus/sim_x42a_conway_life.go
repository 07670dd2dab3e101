package main

import (
	"fmt"
	"strings"
)

const input = `
..........
...#......
....#.....
..###.....
..........
..........
......##..
......##..
`

type Grid struct {
	w, h  int
	cells []bool
}

func Parse(s string) *Grid {
	lines := strings.Fields(s)
	g := &Grid{w: len(lines[0]), h: len(lines)}
	g.cells = make([]bool, g.w*g.h)
	for y, ln := range lines {
		for x, ch := range ln {
			g.cells[y*g.w+x] = ch == '#'
		}
	}
	return g
}

func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y*g.w+x]
}

func (g *Grid) Step() *Grid {
	ng := &Grid{w: g.w, h: g.h, cells: make([]bool, len(g.cells))}
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
						n++
					}
				}
			}
			alive := g.Alive(x, y)
			ng.cells[y*g.w+x] = n == 3 || (alive && n == 2)
		}
	}
	return ng
}

func (g *Grid) String() string {
	var b strings.Builder
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			if g.Alive(x, y) {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (g *Grid) Population() (n int) {
	for _, c := range g.cells {
		if c {
			n++
		}
	}
	return
}

func main() {
	g := Parse(input)
	seen := map[string]int{}
	for gen := 0; gen < 50; gen++ {
		key := g.String()
		if first, ok := seen[key]; ok {
			fmt.Printf("cycle: gen %d repeats gen %d\n", gen, first)
			break
		}
		seen[key] = gen
		if gen%8 == 0 {
			fmt.Printf("gen %d pop %d\n%v", gen, g.Population(), g)
		}
		g = g.Step()
	}
	fmt.Println("final population:", g.Population())
}
