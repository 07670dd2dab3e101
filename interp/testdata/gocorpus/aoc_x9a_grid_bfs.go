// Exercises: BFS shortest path on a string grid, struct keys in maps, a slice as a FIFO queue, path rebuild
package main

import (
	"fmt"
	"strings"
)

type pt struct{ r, c int }

func main() {
	maze := strings.Split(strings.TrimSpace(`
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#E`), "\n")
	var start, end pt
	for r, line := range maze {
		if c := strings.IndexByte(line, 'S'); c >= 0 {
			start = pt{r, c}
		}
		if c := strings.IndexRune(line, 'E'); c >= 0 {
			end = pt{r, c}
		}
	}
	prev := map[pt]pt{start: start}
	queue := []pt{start}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == end {
			break
		}
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.r >= len(maze) || n.c < 0 || n.c >= len(maze[0]) || maze[n.r][n.c] == '#' {
				continue
			}
			if _, seen := prev[n]; !seen {
				prev[n] = p
				queue = append(queue, n)
			}
		}
	}
	grid := make([][]byte, len(maze))
	for i := range maze {
		grid[i] = []byte(maze[i])
	}
	steps := 0
	for p := prev[end]; p != start; p = prev[p] {
		grid[p.r][p.c] = '*'
		steps++
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println("steps:", steps+1, "visited:", len(prev), start, end)
}
