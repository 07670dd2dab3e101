// Exercises: BFS on a grid parsed from a raw string, array-typed points as map keys, direction table, queue slice
package main

import (
	"fmt"
	"strings"
)

const maze = `
S.#.....
.##.###.
....#...
.####.#.
......#E
`

type P [2]int

var dirs = [4]P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

func main() {
	lines := strings.Split(strings.TrimSpace(maze), "\n")
	var start, end P
	for r, l := range lines {
		if c := strings.IndexByte(l, 'S'); c >= 0 {
			start = P{r, c}
		}
		if c := strings.IndexByte(l, 'E'); c >= 0 {
			end = P{r, c}
		}
	}
	dist := map[P]int{start: 0}
	prev := map[P]P{}
	q := []P{start}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := P{cur[0] + d[0], cur[1] + d[1]}
			if n[0] < 0 || n[1] < 0 || n[0] >= len(lines) || n[1] >= len(lines[0]) || lines[n[0]][n[1]] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				prev[n] = cur
				q = append(q, n)
			}
		}
	}
	fmt.Println("steps:", dist[end], "visited:", len(dist))
	grid := make([][]byte, len(lines))
	for i := range lines {
		grid[i] = []byte(lines[i])
	}
	for p := prev[end]; p != start; p = prev[p] {
		grid[p[0]][p[1]] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
}
