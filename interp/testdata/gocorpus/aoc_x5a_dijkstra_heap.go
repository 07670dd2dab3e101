// Exercises: Dijkstra over a digit grid with container/heap on a named slice type of structs, [N][M]int arrays, math.MaxInt.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

const input = `1163751
1381373
2136511
3694931
7463417
1319128
1359912`

type item struct {
	cost, r, c int
}

type PQ []item

func (q PQ) Len() int            { return len(q) }
func (q PQ) Less(i, j int) bool  { return q[i].cost < q[j].cost }
func (q PQ) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x interface{}) { *q = append(*q, x.(item)) }
func (q *PQ) Pop() interface{} {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

const N = 7

func main() {
	var risk, best [N][N]int
	for r, line := range strings.Fields(input) {
		for c, ch := range line {
			risk[r][c] = int(ch - '0')
			best[r][c] = math.MaxInt
		}
	}
	best[0][0] = 0
	pq := &PQ{{0, 0, 0}}
	pops := 0
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(item)
		pops++
		if cur.cost > best[cur.r][cur.c] {
			continue
		}
		for _, d := range [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			r, c := cur.r+d[0], cur.c+d[1]
			if r < 0 || c < 0 || r >= N || c >= N {
				continue
			}
			if nc := cur.cost + risk[r][c]; nc < best[r][c] {
				best[r][c] = nc
				heap.Push(pq, item{nc, r, c})
			}
		}
	}
	fmt.Println("lowest total risk:", best[N-1][N-1], pops > N*N-1)
	fmt.Println(best[0], risk[N-1])
}
