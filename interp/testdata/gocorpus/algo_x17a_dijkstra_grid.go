package main

import (
	"container/heap"
	"fmt"
	"strings"
)

const grid = `1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581`

type P struct{ R, C int }

type item struct {
	p    P
	cost int
}
type PQ []item

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i].cost < q[j].cost }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(item)) }
func (q *PQ) Pop() any          { o := *q; n := len(o); it := o[n-1]; *q = o[:n-1]; return it }

func solve(g [][]int) (int, []P) {
	h, w := len(g), len(g[0])
	dist := map[P]int{{0, 0}: 0}
	prev := map[P]P{}
	pq := &PQ{{P{0, 0}, 0}}
	dirs := []P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	goal := P{h - 1, w - 1}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(item)
		if cur.p == goal {
			break
		}
		if d, ok := dist[cur.p]; ok && d < cur.cost {
			continue
		}
		for _, d := range dirs {
			n := P{cur.p.R + d.R, cur.p.C + d.C}
			if n.R < 0 || n.C < 0 || n.R >= h || n.C >= w {
				continue
			}
			nc := cur.cost + g[n.R][n.C]
			if old, ok := dist[n]; !ok || nc < old {
				dist[n] = nc
				prev[n] = cur.p
				heap.Push(pq, item{n, nc})
			}
		}
	}
	var path []P
	for p := goal; p != (P{0, 0}); p = prev[p] {
		path = append(path, p)
	}
	return dist[goal], path
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
	var g [][]int
	for _, line := range strings.Split(grid, "\n") {
		row := make([]int, len(line))
		for i, ch := range line {
			row[i] = int(ch - '0')
		}
		g = append(g, row)
	}
	cost, path := solve(g)
	fmt.Println("part1:", cost, "path len", len(path))
	onPath := map[P]bool{}
	for _, p := range path {
		onPath[p] = true
	}
	for r, row := range g {
		var sb strings.Builder
		for c := range row {
			if onPath[P{r, c}] || (r == 0 && c == 0) {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		fmt.Println(sb.String())
	}
	cost2, _ := solve(expand(g, 5))
	fmt.Println("part2:", cost2)
}
