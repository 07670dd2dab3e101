package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
)

type Collision struct {
	T    float64
	A, B int
}

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

type Particle struct {
	X, V float64
}

// time until particles i and j (i left of j) meet on a line
func meet(p, q Particle) (float64, bool) {
	if p.V <= q.V {
		return 0, false
	}
	return (q.X - p.X) / (p.V - q.V), true
}

func main() {
	ps := []Particle{{0, 1}, {2, 0.5}, {3, -1}, {5, 0}, {9, -2}}
	q := &PQ[Collision]{less: func(a, b Collision) bool {
		return cmp.Or(cmp.Compare(a.T, b.T), cmp.Compare(a.A, b.A)) < 0
	}}
	for i := 0; i+1 < len(ps); i++ {
		if t, ok := meet(ps[i], ps[i+1]); ok {
			heap.Push(q, Collision{t, i, i + 1})
		}
	}
	fmt.Println("scheduled collisions (no interaction):")
	var order []Collision
	for q.Len() > 0 {
		c := heap.Pop(q).(Collision)
		order = append(order, c)
		fmt.Printf("  t=%6.3f  %d<->%d at x=%.3f\n", c.T, c.A, c.B, ps[c.A].X+ps[c.A].V*c.T)
	}
	slices.SortFunc(order, func(a, b Collision) int { return cmp.Compare(b.T, a.T) })
	fmt.Printf("latest first: %v\n", order)
	idx, found := slices.BinarySearchFunc(ps, 5.0, func(p Particle, x float64) int { return cmp.Compare(p.X, x) })
	fmt.Println("particle at x=5:", idx, found)
	fast := slices.MaxFunc(ps, func(a, b Particle) int { return cmp.Compare(a.V*a.V, b.V*b.V) })
	fmt.Printf("fastest %+v\n", fast)
}
