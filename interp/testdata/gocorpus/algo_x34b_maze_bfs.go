package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(o Point) Point { return Point{p.R + o.R, p.C + o.C} }

var dirs = []Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

const mazeText = `
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#.#
###.#.##.#
#.....#.E#
##########`

func parse(s string) (grid [][]byte, start, end Point) {
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = Point{r, c}
			case 'E':
				end = Point{r, c}
			}
		}
		grid = append(grid, row)
	}
	return
}

func solve(grid [][]byte, start, end Point) []Point {
	prev := map[Point]Point{}
	seen := map[Point]bool{start: true}
	queue := []Point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			var path []Point
			for p := end; p != start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[n.R]) {
				continue
			}
			if grid[n.R][n.C] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return nil
}

func main() {
	grid, start, end := parse(mazeText)
	fmt.Printf("start %v end %+v\n", start, end)
	path := solve(grid, start, end)
	if path == nil {
		fmt.Println("no path")
		return
	}
	fmt.Println("steps:", len(path)-1)
	for _, p := range path[1 : len(path)-1] {
		grid[p.R][p.C] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Printf("%v\n", path[:4])
}
