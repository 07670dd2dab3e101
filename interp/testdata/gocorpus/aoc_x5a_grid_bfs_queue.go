// Exercises: a maze as [][]byte from a raw string, BFS with a slice queue of struct points, map[point]int distances, a Dir iota type indexing deltas.
package main

import (
	"fmt"
	"strings"
)

const maze = `#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
#########`

type point struct{ r, c int }

type Dir int

const (
	Up Dir = iota
	Right
	Down
	Left
)

var delta = [...]point{Up: {-1, 0}, Right: {0, 1}, Down: {1, 0}, Left: {0, -1}}

func (p point) step(d Dir) point { return point{p.r + delta[d].r, p.c + delta[d].c} }

func main() {
	var grid [][]byte
	var start, end point
	for r, line := range strings.Split(maze, "\n") {
		grid = append(grid, []byte(line))
		if c := strings.IndexByte(line, 'S'); c >= 0 {
			start = point{r, c}
		}
		if c := strings.IndexByte(line, 'E'); c >= 0 {
			end = point{r, c}
		}
	}
	dist := map[point]int{start: 0}
	queue := []point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for d := Up; d <= Left; d++ {
			next := cur.step(d)
			if grid[next.r][next.c] == '#' {
				continue
			}
			if _, seen := dist[next]; !seen {
				dist[next] = dist[cur] + 1
				queue = append(queue, next)
			}
		}
	}
	fmt.Println(start, end, dist[end], len(dist))
	for p, d := range dist {
		if d == dist[end] {
			grid[p.r][p.c] = '*'
		}
	}
	fmt.Println(string(grid[5]), delta[Left], Dir(2))
}
