package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type point struct{ r, c int }

type item struct {
	p    point
	dist int
}

type minHeap []item

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].dist != h[j].dist {
		return h[i].dist < h[j].dist
	}
	if h[i].p.r != h[j].p.r {
		return h[i].p.r < h[j].p.r
	}
	return h[i].p.c < h[j].p.c
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

var grid = []string{
	"S1111#1",
	"9#9#11#",
	"1#1191#",
	"1115#1E",
	"#9#1111",
}

func main() {
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
	cost := func(p point) int {
		ch := grid[p.r][p.c]
		if ch == 'S' || ch == 'E' {
			return 1
		}
		return int(ch - '0')
	}
	dist := map[point]int{start: 0}
	prev := map[point]point{}
	h := &minHeap{{start, 0}}
	dirs := [4]point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.p] {
			continue
		}
		if cur.p == end {
			break
		}
		for _, d := range dirs {
			n := point{cur.p.r + d.r, cur.p.c + d.c}
			if n.r < 0 || n.r >= len(grid) || n.c < 0 || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			nd := cur.dist + cost(n)
			if old, ok := dist[n]; !ok || nd < old {
				dist[n] = nd
				prev[n] = cur.p
				heap.Push(h, item{n, nd})
			}
		}
	}
	fmt.Println("shortest:", dist[end])
	out := make([][]byte, len(grid))
	for i := range grid {
		out[i] = []byte(grid[i])
	}
	steps := 0
	for p := prev[end]; p != start; p = prev[p] {
		out[p.r][p.c] = '*'
		steps++
	}
	for _, row := range out {
		fmt.Println(string(row))
	}
	fmt.Println("steps:", steps, strings.Repeat("=", steps))
}
