package main

import (
	"fmt"
	"slices"
	"strings"
)

type Coord struct{ R, C int }

func (c Coord) Add(d Coord) Coord { return Coord{c.R + d.R, c.C + d.C} }

var dirs = [4]Coord{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

func bfs(maze []string, start, goal Coord) (int, []Coord) {
	dist := map[Coord]int{start: 0}
	prev := map[Coord]Coord{}
	queue := []Coord{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []Coord
			for p := goal; p != start; p = prev[p] {
				path = append(path, p)
			}
			slices.Reverse(path)
			return dist[cur], path
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.R < 0 || n.R >= len(maze) || n.C < 0 || n.C >= len(maze[0]) || maze[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return -1, nil
}

func main() {
	maze := []string{
		"S..#....",
		".#.#.##.",
		".#...#..",
		".####.#.",
		"......#G",
	}
	var start, goal Coord
	for r, row := range maze {
		if c := strings.IndexByte(row, 'S'); c >= 0 {
			start = Coord{r, c}
		}
		if c := strings.IndexByte(row, 'G'); c >= 0 {
			goal = Coord{r, c}
		}
	}
	n, path := bfs(maze, start, goal)
	fmt.Println(n, len(path))
	grid := make([][]byte, len(maze))
	for i := range maze {
		grid[i] = []byte(maze[i])
	}
	for _, p := range path[:len(path)-1] {
		grid[p.R][p.C] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}

	type pair [2]string
	seen := map[pair]bool{}
	for _, p := range []pair{{"a", "b"}, {"b", "a"}, {"a", "b"}} {
		fmt.Print(seen[p], " ")
		seen[p] = true
	}
	fmt.Println(len(seen))

	visits := map[Coord]int{}
	visits[Coord{1, 1}]++
	visits[Coord{1, 1}]++
	visits[Coord{0, 2}]++
	fmt.Println(visits, Coord{1, 2} == Coord{R: 1, C: 2})
	anon := map[struct{ x, y int }]string{{1, 2}: "a", {0, 5}: "b"}
	fmt.Println(anon)
	type iface = any
	mixed := map[iface]int{1: 1, "1": 2, 1.0: 3, Coord{}: 4}
	fmt.Println(len(mixed), mixed[1], mixed["1"], mixed[Coord{}])
}
