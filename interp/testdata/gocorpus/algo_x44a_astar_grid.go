package main

import (
	"container/heap"
	"fmt"
)

type Cell struct{ X, Y int }

type node struct {
	c    Cell
	g, f int
}

type openSet []node

func (o openSet) Len() int { return len(o) }
func (o openSet) Less(i, j int) bool {
	if o[i].f == o[j].f {
		return o[i].g > o[j].g
	}
	return o[i].f < o[j].f
}
func (o openSet) Swap(i, j int) { o[i], o[j] = o[j], o[i] }
func (o *openSet) Push(x any)   { *o = append(*o, x.(node)) }
func (o *openSet) Pop() any {
	n := len(*o) - 1
	x := (*o)[n]
	*o = (*o)[:n]
	return x
}

func abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

type Heuristic func(a, b Cell) int

func manhattan(a, b Cell) int { return abs(a.X-b.X) + abs(a.Y-b.Y) }

func AStar(walls map[Cell]bool, w, h int, start, goal Cell, hf Heuristic) (int, int, bool) {
	open := &openSet{{start, 0, hf(start, goal)}}
	best := map[Cell]int{start: 0}
	expanded := 0
	for open.Len() > 0 {
		cur := heap.Pop(open).(node)
		if cur.g > best[cur.c] {
			continue
		}
		expanded++
		if cur.c == goal {
			return cur.g, expanded, true
		}
		for _, d := range [4]Cell{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nc := Cell{cur.c.X + d.X, cur.c.Y + d.Y}
			if nc.X < 0 || nc.Y < 0 || nc.X >= w || nc.Y >= h || walls[nc] {
				continue
			}
			ng := cur.g + 1
			if old, ok := best[nc]; ok && old <= ng {
				continue
			}
			best[nc] = ng
			heap.Push(open, node{nc, ng, ng + hf(nc, goal)})
		}
	}
	return 0, expanded, false
}

func main() {
	const W, H = 12, 8
	walls := map[Cell]bool{}
	for y := 0; y < 6; y++ {
		walls[Cell{4, y}] = true
	}
	for y := 2; y < H; y++ {
		walls[Cell{8, y}] = true
	}
	start, goal := Cell{0, 0}, Cell{11, 7}
	heuristics := []struct {
		name string
		h    Heuristic
	}{
		{"dijkstra", func(Cell, Cell) int { return 0 }},
		{"manhattan", manhattan},
		{"2x-manh", func(a, b Cell) int { return 2 * manhattan(a, b) }},
	}
	fmt.Printf("%-10s %5s %9s\n", "heuristic", "cost", "expanded")
	for _, hh := range heuristics {
		cost, exp, ok := AStar(walls, W, H, start, goal, hh.h)
		if !ok {
			fmt.Printf("%-10s %5s %9d\n", hh.name, "none", exp)
			continue
		}
		fmt.Printf("%-10s %5d %9d\n", hh.name, cost, exp)
	}
	walls[Cell{9, 1}] = true
	walls[Cell{9, 0}] = true
	_, exp, ok := AStar(walls, W, H, start, goal, manhattan)
	fmt.Printf("sealed: found=%v expanded=%d\n", ok, exp)
}
