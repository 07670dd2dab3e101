package main

import (
	"container/heap"
	"fmt"
	"strings"
)

const city = `2413432311323
3215453535623
3255245654254
3446585845452
4546657867536
1438598798454
4457876987766
3637877979653
4654967986887
4564679986453
1224686865563
2546548887735
4322674655533`

type state struct {
	r, c, dir, run int
}

type entry struct {
	s    state
	cost int
}

type minq []entry

func (q minq) Len() int           { return len(q) }
func (q minq) Less(i, j int) bool { return q[i].cost < q[j].cost }
func (q minq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *minq) Push(x any)        { *q = append(*q, x.(entry)) }
func (q *minq) Pop() any {
	o := *q
	e := o[len(o)-1]
	*q = o[:len(o)-1]
	return e
}

var dr = [4]int{0, 1, 0, -1}
var dc = [4]int{1, 0, -1, 0}

func solve(g [][]byte, minRun, maxRun int) int {
	h, w := len(g), len(g[0])
	best := map[state]int{}
	q := &minq{}
	for _, d := range []int{0, 1} {
		s := state{0, 0, d, 0}
		best[s] = 0
		heap.Push(q, entry{s, 0})
	}
	for q.Len() > 0 {
		e := heap.Pop(q).(entry)
		s := e.s
		if s.r == h-1 && s.c == w-1 && s.run >= minRun {
			return e.cost
		}
		if e.cost > best[s] {
			continue
		}
		for _, turn := range []int{0, 1, 3} {
			nd := (s.dir + turn) % 4
			run := 1
			if turn == 0 {
				run = s.run + 1
				if run > maxRun {
					continue
				}
			} else if s.run < minRun {
				continue
			}
			nr, nc := s.r+dr[nd], s.c+dc[nd]
			if nr < 0 || nc < 0 || nr >= h || nc >= w {
				continue
			}
			ns := state{nr, nc, nd, run}
			cost := e.cost + int(g[nr][nc]-'0')
			if old, ok := best[ns]; !ok || cost < old {
				best[ns] = cost
				heap.Push(q, entry{ns, cost})
			}
		}
	}
	return -1
}

func main() {
	var g [][]byte
	for _, l := range strings.Split(city, "\n") {
		g = append(g, []byte(l))
	}
	fmt.Println("part1:", solve(g, 0, 3))
	fmt.Println("part2:", solve(g, 4, 10))
}
