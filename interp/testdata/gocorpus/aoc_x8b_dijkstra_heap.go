// Exercises: Dijkstra with container/heap over a digit grid, heap.Interface methods on a slice type, struct items, int conversions from bytes
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

const input = `116375174
138137367
213651132
369493156
746341711
131912813
135991242
312542163
129313852`

type item struct {
	r, c, cost int
}

type PQ []item

func (p PQ) Len() int            { return len(p) }
func (p PQ) Less(i, j int) bool  { return p[i].cost < p[j].cost }
func (p PQ) Swap(i, j int)       { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x interface{}) { *p = append(*p, x.(item)) }
func (p *PQ) Pop() interface{} {
	old := *p
	n := len(old)
	it := old[n-1]
	*p = old[:n-1]
	return it
}

func main() {
	lines := strings.Fields(input)
	n := len(lines)
	best := make([][]int, n)
	for i := range best {
		best[i] = make([]int, n)
		for j := range best[i] {
			best[i][j] = 1 << 60
		}
	}
	pq := &PQ{}
	heap.Push(pq, item{0, 0, 0})
	best[0][0] = 0
	dr, dc := []int{0, 1, 0, -1}, []int{1, 0, -1, 0}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(item)
		if cur.cost > best[cur.r][cur.c] {
			continue
		}
		for k := 0; k < 4; k++ {
			nr, nc := cur.r+dr[k], cur.c+dc[k]
			if nr < 0 || nc < 0 || nr >= n || nc >= n {
				continue
			}
			nc2 := cur.cost + int(lines[nr][nc]-'0')
			if nc2 < best[nr][nc] {
				best[nr][nc] = nc2
				heap.Push(pq, item{nr, nc, nc2})
			}
		}
	}
	fmt.Printf("%d\n", best[n-1][n-1])
}
