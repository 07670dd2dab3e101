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
	for _, r := range rows {
		row := make([]bool, len(r))
		for i, c := range r {
			row[i] = c == '#'
		}
		g.cells = append(g.cells, row)
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
		"........",
		"..#.....",
		"...#....",
		".###....",
		"........",
		"........",
	)
	fmt.Print(g, "\n")
	seen := map[string]int{g.String(): 0}
	for gen := 1; gen <= 24; gen++ {
		g = g.Step()
		if gen%4 == 0 {
			fmt.Printf("gen %d pop %d\n", gen, g.Population())
		}
		if prev, ok := seen[g.String()]; ok {
			fmt.Println("cycle: gen", gen, "repeats gen", prev)
			break
		}
		seen[g.String()] = gen
	}
	fmt.Print(g)
	blinker := Parse(".....", "..#..", "..#..", "..#..", ".....")
	fmt.Println(blinker.Step().Step().String() == blinker.String(), blinker.Step().Population())
}
