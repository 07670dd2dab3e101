// Exercises: quicksort with generics (cmp.Ordered), container/heap priority queue, sort.Search
package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"sort"
)

func quick[T cmp.Ordered](xs []T) {
	if len(xs) < 2 {
		return
	}
	p := xs[len(xs)/2]
	i, j := 0, len(xs)-1
	for i <= j {
		for xs[i] < p {
			i++
		}
		for xs[j] > p {
			j--
		}
		if i <= j {
			xs[i], xs[j] = xs[j], xs[i]
			i, j = i+1, j-1
		}
	}
	quick(xs[:j+1])
	quick(xs[i:])
}

type task struct {
	prio int
	name string
}
type pq []task

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].prio < q[j].prio }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)        { *q = append(*q, x.(task)) }
func (q *pq) Pop() any          { old := *q; t := old[len(old)-1]; *q = old[:len(old)-1]; return t }

func main() {
	xs := []int{31, 41, 59, 26, 53, 58, 97, 93, 23, 84, -5, 0}
	ys := append([]int(nil), xs...)
	quick(ys)
	fmt.Println(ys, xs[:3])
	ws := []string{"pear", "fig", "apple", "kiwi"}
	quick(ws)
	fmt.Println(ws)
	q := &pq{{3, "Clear drains"}, {4, "Feed cat"}, {5, "Make tea"}, {1, "Solve RC tasks"}}
	heap.Init(q)
	heap.Push(q, task{2, "Tax return"})
	for q.Len() > 0 {
		fmt.Printf("%v ", heap.Pop(q))
	}
	fmt.Println()
	i := sort.Search(len(ys), func(i int) bool { return ys[i] >= 55 })
	j, found := sort.Find(len(ys), func(i int) int { return cmp.Compare(26, ys[i]) })
	fmt.Println(i, ys[i], j, found, sort.IntsAreSorted(ys))
}
