package main

import (
	"fmt"
	"iter"
	"strings"
)

const maze = `
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
###.#.###
#.....#.#
#########`

type P struct{ X, Y int }

func (p P) Add(q P) P { return P{p.X + q.X, p.Y + q.Y} }

type Grid struct {
	cells [][]byte
}

func (g *Grid) At(p P) byte {
	if p.Y < 0 || p.Y >= len(g.cells) || p.X < 0 || p.X >= len(g.cells[p.Y]) {
		return '#'
	}
	return g.cells[p.Y][p.X]
}

func (g *Grid) Neighbours(p P) iter.Seq[P] {
	return func(yield func(P) bool) {
		for _, d := range []P{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
			n := p.Add(d)
			if g.At(n) != '#' {
				if !yield(n) {
					return
				}
			}
		}
	}
}

func (g *Grid) Find(b byte) P {
	for y, row := range g.cells {
		if x := strings.IndexByte(string(row), b); x >= 0 {
			return P{x, y}
		}
	}
	panic("not found: " + string(b))
}

func bfs(g *Grid, start, end P) (int, []P) {
	prev := map[P]P{}
	seen := map[P]bool{start: true}
	queue := []P{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			var path []P
			for p := end; p != start; p = prev[p] {
				path = append(path, p)
			}
			return len(path), path
		}
		for n := range g.Neighbours(cur) {
			if !seen[n] {
				seen[n] = true
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return -1, nil
}

func main() {
	g := &Grid{}
	for _, l := range strings.Split(strings.TrimSpace(maze), "\n") {
		g.cells = append(g.cells, []byte(l))
	}
	s, e := g.Find('S'), g.Find('E')
	n, path := bfs(g, s, e)
	fmt.Printf("start=%v end=%v steps=%d\n", s, e, n)
	for _, p := range path {
		if g.cells[p.Y][p.X] == '.' {
			g.cells[p.Y][p.X] = 'o'
		}
	}
	for _, row := range g.cells {
		fmt.Println(string(row))
	}
	count := 0
	for range g.Neighbours(s) {
		count++
	}
	fmt.Println("exits from start:", count)
}
