package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var dirs = []Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func bfs(grid []string, start, goal Point) (int, []Point) {
	rows, cols := len(grid), len(grid[0])
	dist := map[Point]int{start: 0}
	prev := map[Point]Point{}
	queue := []Point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			break
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.R < 0 || n.R >= rows || n.C < 0 || n.C >= cols {
				continue
			}
			if grid[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	d, ok := dist[goal]
	if !ok {
		return -1, nil
	}
	var path []Point
	for p := goal; p != start; p = prev[p] {
		path = append(path, p)
	}
	path = append(path, start)
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return d, path
}

func main() {
	grid := []string{
		"S..#......",
		".#.#.####.",
		".#...#....",
		".####.#.#.",
		"......#.#G",
	}
	var start, goal Point
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = Point{r, c}
			case 'G':
				goal = Point{r, c}
			}
		}
	}
	d, path := bfs(grid, start, goal)
	fmt.Printf("start=%v goal=%+v dist=%d\n", start, goal, d)
	canvas := make([][]byte, len(grid))
	for i := range grid {
		canvas[i] = []byte(grid[i])
	}
	for _, p := range path[1 : len(path)-1] {
		canvas[p.R][p.C] = '*'
	}
	for _, row := range canvas {
		fmt.Println(string(row))
	}
	var sb strings.Builder
	for i, p := range path {
		if i > 0 {
			sb.WriteString("->")
		}
		fmt.Fprintf(&sb, "(%d,%d)", p.R, p.C)
	}
	fmt.Println(sb.String())
	blocked := []string{"S#", "#G"}
	d2, p2 := bfs(blocked, Point{0, 0}, Point{1, 1})
	fmt.Println("blocked:", d2, p2 == nil, len(p2))
}
