// Exercises: [][]byte grid from a raw string, BFS with a queue slice, visited map keyed by [2]int, 4-neighbour offsets, globals
package main

import (
	"fmt"
	"strings"
)

const input = `S..#....
.#.#.##.
.#...#..
.####.#.
......#E`

var grid [][]byte
var H, W int
var dirs = [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

func main() {
	for _, line := range strings.Split(input, "\n") {
		grid = append(grid, []byte(line))
	}
	H, W = len(grid), len(grid[0])
	var start, end [2]int
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			switch grid[r][c] {
			case 'S':
				start = [2]int{r, c}
			case 'E':
				end = [2]int{r, c}
			}
		}
	}
	dist := map[[2]int]int{start: 0}
	queue := [][2]int{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			nr, nc := cur[0]+d[0], cur[1]+d[1]
			if nr < 0 || nr >= H || nc < 0 || nc >= W || grid[nr][nc] == '#' {
				continue
			}
			nxt := [2]int{nr, nc}
			if _, seen := dist[nxt]; seen {
				continue
			}
			dist[nxt] = dist[cur] + 1
			queue = append(queue, nxt)
		}
	}
	fmt.Println("shortest:", dist[end])
	fmt.Println("visited:", len(dist))
}
