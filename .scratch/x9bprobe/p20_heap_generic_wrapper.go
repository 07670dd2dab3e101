package main

import (
	"container/heap"
	"fmt"
)

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (p *PQ[T]) Len() int           { return len(p.items) }
func (p *PQ[T]) Less(i, j int) bool { return p.less(p.items[i], p.items[j]) }
func (p *PQ[T]) Swap(i, j int)      { p.items[i], p.items[j] = p.items[j], p.items[i] }
func (p *PQ[T]) Push(x any)         { p.items = append(p.items, x.(T)) }
func (p *PQ[T]) Pop() any {
	n := len(p.items)
	x := p.items[n-1]
	p.items = p.items[:n-1]
	return x
}

type job struct {
	name string
	pri  int
}

func main() {
	pq := &PQ[job]{less: func(a, b job) bool { return a.pri > b.pri }}
	for i, n := range []string{"a", "b", "c", "d"} {
		heap.Push(pq, job{n, (i * 3) % 4})
	}
	for pq.Len() > 0 {
		fmt.Print(heap.Pop(pq).(job).name, " ")
	}
	fmt.Println()
}
