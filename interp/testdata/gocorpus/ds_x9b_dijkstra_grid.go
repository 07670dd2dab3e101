// Exercises: Dijkstra on a weighted grid with container/heap of structs (value elements), path reconstruction through a prev map keyed by [2]int, unreachable cells.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type item struct {
	pos  [2]int
	dist int
}

type minQ []item

func (q minQ) Len() int           { return len(q) }
func (q minQ) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q minQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *minQ) Push(x any)        { *q = append(*q, x.(item)) }
func (q *minQ) Pop() (x any)      { x, *q = (*q)[len(*q)-1], (*q)[:len(*q)-1]; return }

const grid = `13#21
19#11
111#9
9#111`

func main() {
	rows := strings.Split(grid, "\n")
	cost := func(p [2]int) int { return int(rows[p[0]][p[1]] - '0') }
	start, goal := [2]int{0, 0}, [2]int{3, 4}
	dist := map[[2]int]int{start: 0}
	prev := map[[2]int][2]int{}
	q := &minQ{{start, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.dist > dist[cur.pos] {
			continue
		}
		for _, d := range [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := [2]int{cur.pos[0] + d[0], cur.pos[1] + d[1]}
			if n[0] < 0 || n[1] < 0 || n[0] >= len(rows) || n[1] >= len(rows[0]) || rows[n[0]][n[1]] == '#' {
				continue
			}
			nd := cur.dist + cost(n)
			if old, seen := dist[n]; !seen || nd < old {
				dist[n] = nd
				prev[n] = cur.pos
				heap.Push(q, item{n, nd})
			}
		}
	}
	fmt.Println("cost", dist[goal])
	var path []string
	for p := goal; p != start; p = prev[p] {
		path = append(path, fmt.Sprint(p))
	}
	path = append(path, fmt.Sprint(start))
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	fmt.Println(strings.Join(path, " "))
	_, reach := dist[[2]int{0, 2}]
	fmt.Println(len(dist), reach)
}
