package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#E
.#.####.#.
...#......`

type point struct{ r, c int }

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	var grid [][]byte
	for sc.Scan() {
		grid = append(grid, []byte(sc.Text()))
	}
	var start, end point
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = point{r, c}
			case 'E':
				end = point{r, c}
			}
		}
	}
	dist := map[point]int{start: 0}
	prev := map[point]point{}
	q := []point{start}
	dirs := [4]point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			nx := point{cur.r + d.r, cur.c + d.c}
			if nx.r < 0 || nx.r >= len(grid) || nx.c < 0 || nx.c >= len(grid[0]) {
				continue
			}
			if grid[nx.r][nx.c] == '#' {
				continue
			}
			if _, seen := dist[nx]; seen {
				continue
			}
			dist[nx] = dist[cur] + 1
			prev[nx] = cur
			q = append(q, nx)
		}
	}
	d, ok := dist[end]
	fmt.Println("reachable:", ok, "dist:", d)
	for p := end; p != start; p = prev[p] {
		if grid[p.r][p.c] == '.' {
			grid[p.r][p.c] = '*'
		}
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Printf("visited %d cells, end=%+v\n", len(dist), end)
}
