package main

import (
	"fmt"
	"strings"
)

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = [4]P{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

const maze = `
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#.E#
##########`

func parse(s string) (grid [][]byte, start, end P) {
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = P{r, c}
			case 'E':
				end = P{r, c}
			}
		}
		grid = append(grid, row)
	}
	return
}

func bfs(grid [][]byte, start, end P) ([]P, int) {
	prev := map[P]P{}
	seen := map[P]bool{start: true}
	q := []P{start}
	visited := 0
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		visited++
		if cur == end {
			var path []P
			for p := end; p != start; p = prev[p] {
				path = append(path, p)
			}
			return path, visited
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if grid[n.R][n.C] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			q = append(q, n)
		}
	}
	return nil, visited
}

func countRegions(grid [][]byte) int {
	seen := make([][]bool, len(grid))
	for i := range seen {
		seen[i] = make([]bool, len(grid[i]))
	}
	var fill func(p P)
	fill = func(p P) {
		if grid[p.R][p.C] == '#' || seen[p.R][p.C] {
			return
		}
		seen[p.R][p.C] = true
		for _, d := range dirs {
			fill(p.Add(d))
		}
	}
	n := 0
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] != '#' && !seen[r][c] {
				n++
				fill(P{r, c})
			}
		}
	}
	return n
}

func main() {
	grid, s, e := parse(maze)
	path, visited := bfs(grid, s, e)
	fmt.Println("start", s, "end", e, "steps", len(path), "visited", visited)
	for _, p := range path[1:] {
		grid[p.R][p.C] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println("regions:", countRegions(grid))
	grid[7][3] = '#'
	grid[5][3] = '#'
	path, visited = bfs(grid, s, e)
	fmt.Println(path == nil, len(path), visited, countRegions(grid))
}
