package main

import (
	"fmt"
	"strings"
	"sync"
)

type Grid [][]bool

func NewGrid(rows []string) Grid {
	g := make(Grid, len(rows))
	for y, r := range rows {
		g[y] = make([]bool, len(r))
		for x, c := range r {
			g[y][x] = c == '#'
		}
	}
	return g
}

func (g Grid) neighbors(y, x int) int {
	h, w := len(g), len(g[0])
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dy == 0 && dx == 0 {
				continue
			}
			if g[(y+dy+h)%h][(x+dx+w)%w] {
				n++
			}
		}
	}
	return n
}

// Step computes the next generation, one goroutine per band of rows.
func (g Grid) Step(bands int) Grid {
	next := make(Grid, len(g))
	for y := range next {
		next[y] = make([]bool, len(g[y]))
	}
	var wg sync.WaitGroup
	per := (len(g) + bands - 1) / bands
	for start := 0; start < len(g); start += per {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for y := lo; y < hi; y++ {
				for x := range g[y] {
					n := g.neighbors(y, x)
					next[y][x] = n == 3 || (n == 2 && g[y][x])
				}
			}
		}(start, min(start+per, len(g)))
	}
	wg.Wait()
	return next
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
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

func (g Grid) Alive() int {
	n := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	g := NewGrid([]string{
		"..........",
		"..#.......",
		"...#......",
		".###......",
		"..........",
		"......##..",
		"......##..",
		"..........",
	})
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d (alive %d)\n%v", gen, g.Alive(), g)
		g = g.Step(3)
	}
}
