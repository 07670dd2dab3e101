package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type pt struct{ x, y int }

type node struct {
	p    pt
	g, f int
	idx  int
}

type openSet []*node

func (o openSet) Len() int { return len(o) }
func (o openSet) Less(i, j int) bool {
	if o[i].f != o[j].f {
		return o[i].f < o[j].f
	}
	if o[i].p.y != o[j].p.y {
		return o[i].p.y < o[j].p.y
	}
	return o[i].p.x < o[j].p.x
}
func (o openSet) Swap(i, j int) { o[i], o[j] = o[j], o[i]; o[i].idx = i; o[j].idx = j }
func (o *openSet) Push(x any)   { n := x.(*node); n.idx = len(*o); *o = append(*o, n) }
func (o *openSet) Pop() any {
	old := *o
	n := old[len(old)-1]
	*o = old[:len(old)-1]
	return n
}

func abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

func astar(grid []string, start, goal pt) ([]pt, int) {
	h := func(p pt) int { return abs(p.x-goal.x) + abs(p.y-goal.y) }
	cost := func(p pt) int {
		if grid[p.y][p.x] == '~' {
			return 5
		}
		return 1
	}
	open := &openSet{}
	nodes := map[pt]*node{start: {p: start, g: 0, f: h(start)}}
	heap.Push(open, nodes[start])
	came := map[pt]pt{}
	closed := map[pt]bool{}
	expanded := 0
	for open.Len() > 0 {
		cur := heap.Pop(open).(*node)
		if closed[cur.p] {
			continue
		}
		closed[cur.p] = true
		expanded++
		if cur.p == goal {
			path := []pt{goal}
			for p := goal; p != start; {
				p = came[p]
				path = append([]pt{p}, path...)
			}
			return path, cur.g
		}
		for _, d := range []pt{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
			np := pt{cur.p.x + d.x, cur.p.y + d.y}
			if np.y < 0 || np.y >= len(grid) || np.x < 0 || np.x >= len(grid[0]) || grid[np.y][np.x] == '#' || closed[np] {
				continue
			}
			g := cur.g + cost(np)
			if n, ok := nodes[np]; ok && g >= n.g {
				continue
			}
			n := &node{p: np, g: g, f: g + h(np)}
			nodes[np] = n
			came[np] = cur.p
			heap.Push(open, n)
		}
	}
	return nil, expanded
}

func main() {
	grid := []string{
		"..........",
		"..####....",
		"..#..#.~~.",
		"..#..#.~~.",
		".....#.~~.",
		"######.##.",
		"..........",
	}
	path, cost := astar(grid, pt{0, 0}, pt{9, 6})
	fmt.Println("cost", cost, "len", len(path))
	canvas := make([][]byte, len(grid))
	for i := range grid {
		canvas[i] = []byte(grid[i])
	}
	for _, p := range path {
		canvas[p.y][p.x] = 'o'
	}
	for _, row := range canvas {
		fmt.Println(string(row))
	}
	_, n := astar(grid, pt{0, 0}, pt{3, 3})
	fmt.Println("unreachable, expanded", n)
	fmt.Println(strings.Repeat("-", 10))
}
