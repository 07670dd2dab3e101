package main

import (
	"fmt"
	"strings"
)

type Pos struct{ R, C int }

func (p Pos) Add(d Pos) Pos { return Pos{p.R + d.R, p.C + d.C} }

var dirs = [4]Pos{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Grid struct {
	cells [][]byte
	h, w  int
}

func Parse(s string) (*Grid, Pos, Pos) {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	g := &Grid{h: len(lines), w: len(lines[0])}
	var start, goal Pos
	for r, l := range lines {
		row := []byte(l)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = Pos{r, c}
			case 'G':
				goal = Pos{r, c}
			}
		}
		g.cells = append(g.cells, row)
	}
	return g, start, goal
}

func (g *Grid) Open(p Pos) bool {
	return p.R >= 0 && p.R < g.h && p.C >= 0 && p.C < g.w && g.cells[p.R][p.C] != '#'
}

func (g *Grid) BFS(start, goal Pos) ([]Pos, int) {
	prev := map[Pos]Pos{start: start}
	queue := []Pos{start}
	visited := 0
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		visited++
		if cur == goal {
			var path []Pos
			for p := goal; p != start; p = prev[p] {
				path = append(path, p)
			}
			return path, visited
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if _, seen := prev[n]; !seen && g.Open(n) {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil, visited
}

const maze = `
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#G
`

func main() {
	g, s, goal := Parse(maze)
	fmt.Println("start", s, "goal", goal, "size", g.h, "x", g.w)
	path, visited := g.BFS(s, goal)
	fmt.Println("steps", len(path), "visited", visited)
	for _, p := range path {
		if p != goal {
			g.cells[p.R][p.C] = 'o'
		}
	}
	for _, row := range g.cells {
		fmt.Println(string(row))
	}
	g.cells[3][9] = '#'
	g.cells[4][7] = '#'
	for _, p := range path {
		if g.cells[p.R][p.C] == 'o' {
			g.cells[p.R][p.C] = '.'
		}
	}
	path, visited = g.BFS(s, goal)
	fmt.Println("blocked:", path == nil, len(path), visited)
	fmt.Printf("%v %+v\n", dirs, Pos{1, 2})
}
