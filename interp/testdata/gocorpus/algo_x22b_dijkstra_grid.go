package main

import (
	"container/heap"
	"fmt"
	"strings"
)

const input = `1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581`

type point struct{ r, c int }

type item struct {
	p    point
	dist int
}

type pq []item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)        { *q = append(*q, x.(item)) }
func (q *pq) Pop() any          { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }

var dirs = [4]point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

func solve(grid [][]int) int {
	h, w := len(grid), len(grid[0])
	dist := map[point]int{{0, 0}: 0}
	q := &pq{{point{0, 0}, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.p == (point{h - 1, w - 1}) {
			return cur.dist
		}
		if d, ok := dist[cur.p]; ok && d < cur.dist {
			continue
		}
		for _, d := range dirs {
			np := point{cur.p.r + d.r, cur.p.c + d.c}
			if np.r < 0 || np.c < 0 || np.r >= h || np.c >= w {
				continue
			}
			nd := cur.dist + grid[np.r][np.c]
			if old, ok := dist[np]; !ok || nd < old {
				dist[np] = nd
				heap.Push(q, item{np, nd})
			}
		}
	}
	return -1
}

func expand(g [][]int, k int) [][]int {
	h, w := len(g), len(g[0])
	out := make([][]int, h*k)
	for r := range out {
		out[r] = make([]int, w*k)
		for c := range out[r] {
			v := g[r%h][c%w] + r/h + c/w
			out[r][c] = (v-1)%9 + 1
		}
	}
	return out
}

func main() {
	var grid [][]int
	for _, line := range strings.Split(strings.TrimSpace(input), "\n") {
		row := make([]int, len(line))
		for i, ch := range line {
			row[i] = int(ch - '0')
		}
		grid = append(grid, row)
	}
	fmt.Println("part1:", solve(grid))
	fmt.Println("part2:", solve(expand(grid, 5)))
}
