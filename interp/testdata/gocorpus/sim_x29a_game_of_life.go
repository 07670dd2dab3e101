package main

import (
	"fmt"
	"strings"
)

const (
	width  = 12
	height = 8
)

type Grid [height][width]bool

func (g *Grid) Set(x, y int) { g[y][x] = true }

func (g *Grid) Alive(x, y int) bool {
	x = (x + width) % width
	y = (y + height) % height
	return g[y][x]
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
	var next Grid
	for y := 0; y < height; y++ {
		for x := 0; x < width; x++ {
			n := g.Neighbors(x, y)
			alive := g.Alive(x, y)
			next[y][x] = n == 3 || (alive && n == 2)
		}
	}
	return &next
}

func (g *Grid) Population() int {
	count := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				count++
			}
		}
	}
	return count
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
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
	g := &Grid{}
	// glider
	g.Set(1, 0)
	g.Set(2, 1)
	g.Set(0, 2)
	g.Set(1, 2)
	g.Set(2, 2)
	// blinker
	g.Set(8, 4)
	g.Set(9, 4)
	g.Set(10, 4)

	seen := map[Grid]int{}
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("Generation %d (population %d):\n%v\n", gen, g.Population(), g)
		seen[*g] = gen
		g = g.Step()
	}
	for gen := 5; gen < 60; gen++ {
		if first, ok := seen[*g]; ok {
			fmt.Printf("generation %d repeats generation %d\n", gen, first)
			break
		}
		seen[*g] = gen
		g = g.Step()
	}
	fmt.Println("states seen:", len(seen))
}
