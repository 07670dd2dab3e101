package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }
func (q *PQ[T]) Put(x T)                         { heap.Push(q, x) }
func (q *PQ[T]) Take() T                         { return heap.Pop(q).(T) }

type state struct {
	cost, r, c, dir, run int
}

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

func crucible(g []string, minRun, maxRun int) int {
	dr := []int{0, 1, 0, -1}
	dc := []int{1, 0, -1, 0}
	q := NewPQ(func(a, b state) bool { return cmp.Less(a.cost, b.cost) })
	q.Put(state{0, 0, 0, 0, 0})
	q.Put(state{0, 0, 0, 1, 0})
	type key struct{ r, c, dir, run int }
	seen := map[key]bool{}
	for q.Len() > 0 {
		s := q.Take()
		if s.r == len(g)-1 && s.c == len(g[0])-1 && s.run >= minRun {
			return s.cost
		}
		k := key{s.r, s.c, s.dir, s.run}
		if seen[k] {
			continue
		}
		seen[k] = true
		for _, nd := range []int{s.dir, (s.dir + 1) % 4, (s.dir + 3) % 4} {
			run := 1
			if nd == s.dir {
				run = s.run + 1
				if run > maxRun {
					continue
				}
			} else if s.run < minRun {
				continue
			}
			nr, nc := s.r+dr[nd], s.c+dc[nd]
			if nr < 0 || nc < 0 || nr >= len(g) || nc >= len(g[0]) {
				continue
			}
			q.Put(state{s.cost + int(g[nr][nc]-'0'), nr, nc, nd, run})
		}
	}
	return -1
}

func main() {
	g := strings.Split(city, "\n")
	fmt.Println("part1", crucible(g, 0, 3))
	fmt.Println("part2", crucible(g, 4, 10))
	words := NewPQ(func(a, b string) bool {
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	for _, w := range strings.Fields("heap queue go generic priority a be") {
		words.Put(w)
	}
	for words.Len() > 0 {
		fmt.Print(words.Take(), " ")
	}
	fmt.Println()
}
