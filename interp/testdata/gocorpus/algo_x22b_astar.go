package main

import (
	"container/heap"
	"fmt"
	"strings"
)

const terrain = `Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi`

type Pos [2]int

type node struct {
	pos  Pos
	g, f int
	idx  int
}

type openSet []*node

func (o openSet) Len() int { return len(o) }
func (o openSet) Less(i, j int) bool {
	if o[i].f != o[j].f {
		return o[i].f < o[j].f
	}
	return o[i].g > o[j].g
}
func (o openSet) Swap(i, j int) {
	o[i], o[j] = o[j], o[i]
	o[i].idx, o[j].idx = i, j
}
func (o *openSet) Push(x any) { n := x.(*node); n.idx = len(*o); *o = append(*o, n) }
func (o *openSet) Pop() any {
	old := *o
	n := old[len(old)-1]
	*o = old[:len(old)-1]
	return n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func astar(grid []string, start, goal Pos) int {
	height := func(p Pos) byte {
		c := grid[p[0]][p[1]]
		switch c {
		case 'S':
			return 'a'
		case 'E':
			return 'z'
		}
		return c
	}
	hfn := func(p Pos) int { return abs(p[0]-goal[0]) + abs(p[1]-goal[1]) }
	open := &openSet{}
	nodes := map[Pos]*node{}
	s := &node{pos: start, g: 0, f: hfn(start)}
	nodes[start] = s
	heap.Push(open, s)
	closed := map[Pos]bool{}
	for open.Len() > 0 {
		cur := heap.Pop(open).(*node)
		if cur.pos == goal {
			return cur.g
		}
		closed[cur.pos] = true
		for _, d := range [...]Pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			np := Pos{cur.pos[0] + d[0], cur.pos[1] + d[1]}
			if np[0] < 0 || np[1] < 0 || np[0] >= len(grid) || np[1] >= len(grid[0]) || closed[np] {
				continue
			}
			if int(height(np))-int(height(cur.pos)) > 1 {
				continue
			}
			g := cur.g + 1
			if n, ok := nodes[np]; ok {
				if g < n.g {
					n.g, n.f = g, g+hfn(np)
					heap.Fix(open, n.idx)
				}
				continue
			}
			n := &node{pos: np, g: g, f: g + hfn(np)}
			nodes[np] = n
			heap.Push(open, n)
		}
	}
	return -1
}

func main() {
	grid := strings.Split(terrain, "\n")
	var start, goal Pos
	var starts []Pos
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = Pos{r, c}
				starts = append(starts, start)
			case 'E':
				goal = Pos{r, c}
			case 'a':
				starts = append(starts, Pos{r, c})
			}
		}
	}
	fmt.Println("part1:", astar(grid, start, goal))
	best := 1 << 30
	for _, s := range starts {
		if d := astar(grid, s, goal); d >= 0 && d < best {
			best = d
		}
	}
	fmt.Println("part2:", best, "from", len(starts), "starts")
}
