package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(rows ...string) *Grid {
	g := &Grid{w: len(rows[0]), h: len(rows)}
	for _, r := range rows {
		line := make([]bool, len(r))
		for i, ch := range r {
			line[i] = ch == '#'
		}
		g.cells = append(g.cells, line)
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
	next := &Grid{w: g.w, h: g.h, cells: make([][]bool, g.h)}
	for y := range g.cells {
		next.cells[y] = make([]bool, g.w)
		for x := range g.cells[y] {
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
	g := NewGrid(
		"........",
		"..#.....",
		"...#....",
		".###....",
		"........",
		"........",
	)
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("generation %d (pop %d)\n%v", gen, g.Population(), g)
		g = g.Step()
	}
	blinker := NewGrid(".....", "..#..", "..#..", "..#..", ".....")
	seen := map[string]int{}
	for i := 0; ; i++ {
		key := blinker.String()
		if j, ok := seen[key]; ok {
			fmt.Printf("cycle: state %d repeats at %d\n", j, i)
			break
		}
		seen[key] = i
		blinker = blinker.Step()
	}
}
