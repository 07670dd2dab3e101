// Exercises: a generic FIFO Queue[T] with Enqueue/Dequeue/Peek and a BFS over a grid using it.
package main

import "fmt"

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Enqueue(v ...T) { q.items = append(q.items, v...) }
func (q *Queue[T]) Len() int       { return len(q.items) }
func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type cell struct{ r, c int }

func main() {
	grid := []string{
		"S.#.",
		"..#.",
		"...E",
	}
	dist := map[cell]int{{0, 0}: 0}
	var q Queue[cell]
	q.Enqueue(cell{0, 0})
	for q.Len() > 0 {
		cur, _ := q.Dequeue()
		if grid[cur.r][cur.c] == 'E' {
			fmt.Println("reached E in", dist[cur], "steps")
			break
		}
		for _, d := range []cell{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := cell{cur.r + d.r, cur.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= len(grid) || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				q.Enqueue(n)
			}
		}
	}
	var qs Queue[string]
	qs.Enqueue("a", "b")
	fmt.Println(qs.Dequeue())
	fmt.Println(qs.Dequeue())
	fmt.Println(qs.Dequeue())
}
