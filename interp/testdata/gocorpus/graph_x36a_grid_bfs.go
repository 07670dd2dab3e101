package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var dirs4 = [...]Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func orangesRotting(grid [][]int) int {
	var q []Point
	fresh := 0
	for r, row := range grid {
		for c, v := range row {
			switch v {
			case 1:
				fresh++
			case 2:
				q = append(q, Point{r, c})
			}
		}
	}
	minutes := 0
	for len(q) > 0 && fresh > 0 {
		var next []Point
		for _, p := range q {
			for _, d := range dirs4 {
				n := p.Add(d)
				if n.R < 0 || n.C < 0 || n.R >= len(grid) || n.C >= len(grid[0]) || grid[n.R][n.C] != 1 {
					continue
				}
				grid[n.R][n.C] = 2
				fresh--
				next = append(next, n)
			}
		}
		q = next
		minutes++
	}
	if fresh > 0 {
		return -1
	}
	return minutes
}

// shortestPath on a text maze from S to E, returns length and the maze with the path drawn.
func shortestPath(maze []string) (int, string) {
	var start, end Point
	for r, line := range maze {
		if c := strings.IndexByte(line, 'S'); c >= 0 {
			start = Point{r, c}
		}
		if c := strings.IndexByte(line, 'E'); c >= 0 {
			end = Point{r, c}
		}
	}
	prev := map[Point]Point{start: start}
	q := []Point{start}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p == end {
			break
		}
		for _, d := range dirs4 {
			n := p.Add(d)
			if n.R < 0 || n.R >= len(maze) || n.C < 0 || n.C >= len(maze[n.R]) || maze[n.R][n.C] == '#' {
				continue
			}
			if _, seen := prev[n]; !seen {
				prev[n] = p
				q = append(q, n)
			}
		}
	}
	if _, ok := prev[end]; !ok {
		return -1, ""
	}
	grid := make([][]byte, len(maze))
	for i := range maze {
		grid[i] = []byte(maze[i])
	}
	steps := 0
	for p := prev[end]; p != start; p = prev[p] {
		grid[p.R][p.C] = '.'
		steps++
	}
	lines := make([]string, len(grid))
	for i, g := range grid {
		lines[i] = string(g)
	}
	return steps + 1, strings.Join(lines, "\n")
}

func main() {
	fmt.Println(orangesRotting([][]int{{2, 1, 1}, {1, 1, 0}, {0, 1, 1}}))
	fmt.Println(orangesRotting([][]int{{2, 1, 1}, {0, 1, 1}, {1, 0, 1}}))
	fmt.Println(orangesRotting([][]int{{0, 2}}))
	maze := []string{
		"S  #      ",
		" # # #### ",
		" #   #  # ",
		" ##### ## ",
		"       #E ",
	}
	n, drawn := shortestPath(maze)
	fmt.Println("steps:", n)
	fmt.Println(drawn)
	n, _ = shortestPath([]string{"S#E"})
	fmt.Println("blocked:", n)
	fmt.Printf("%v %+v %#v\n", Point{1, 2}, dirs4[0], dirs4[3])
}
