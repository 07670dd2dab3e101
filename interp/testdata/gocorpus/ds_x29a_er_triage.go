package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Patient struct {
	Name     string
	Severity int
	Arrival  int
	index    int
}

type PriorityQueue []*Patient

func (pq PriorityQueue) Len() int { return len(pq) }

func (pq PriorityQueue) Less(i, j int) bool {
	if pq[i].Severity != pq[j].Severity {
		return pq[i].Severity > pq[j].Severity
	}
	return pq[i].Arrival < pq[j].Arrival
}

func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PriorityQueue) Push(x any) {
	p := x.(*Patient)
	p.index = len(*pq)
	*pq = append(*pq, p)
}

func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	p := old[n-1]
	old[n-1] = nil
	p.index = -1
	*pq = old[:n-1]
	return p
}

func (pq *PriorityQueue) Update(p *Patient, severity int) {
	p.Severity = severity
	heap.Fix(pq, p.index)
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func kSmallest(nums []int, k int) []int {
	h := &IntHeap{}
	heap.Init(h)
	for _, n := range nums {
		heap.Push(h, n)
	}
	var out []int
	for i := 0; i < k && h.Len() > 0; i++ {
		out = append(out, heap.Pop(h).(int))
	}
	return out
}

func main() {
	pq := PriorityQueue{}
	heap.Init(&pq)
	arrivals := []struct {
		name string
		sev  int
	}{
		{"Ann", 2}, {"Bo", 5}, {"Cy", 3}, {"Di", 5}, {"Ed", 1}, {"Flo", 4},
	}
	byName := map[string]*Patient{}
	for i, a := range arrivals {
		p := &Patient{Name: a.name, Severity: a.sev, Arrival: i}
		byName[a.name] = p
		heap.Push(&pq, p)
	}
	fmt.Println("waiting:", pq.Len())
	pq.Update(byName["Ed"], 6)

	round := 1
	for pq.Len() > 0 {
		p := heap.Pop(&pq).(*Patient)
		fmt.Printf("round %d: treating %-4s severity=%d arrived=%d %s\n",
			round, p.Name, p.Severity, p.Arrival, strings.Repeat("!", p.Severity))
		if round == 2 {
			late := &Patient{Name: "Gus", Severity: 4, Arrival: 10}
			heap.Push(&pq, late)
			fmt.Println("  Gus arrives")
		}
		round++
	}
	fmt.Println(kSmallest([]int{9, 4, 7, 1, 8, 2, 6, 3}, 4))

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	fmt.Printf("min=%d len=%d %v\n", (*h)[0], h.Len(), *h)
}
