package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sort"
)

type Op struct {
	ID     int
	Name   string
	Inputs []int
	Cost   float64
}

type pq []*Op

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	return p[i].Cost > p[j].Cost || (p[i].Cost == p[j].Cost && p[i].ID < p[j].ID)
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(*Op)) }
func (p *pq) Pop() any     { old := *p; n := len(old); x := old[n-1]; *p = old[:n-1]; return x }

func main() {
	ops := []*Op{
		{0, "x", nil, 0},
		{1, "w", nil, 0},
		{2, "matmul", []int{0, 1}, 5},
		{3, "b", nil, 0},
		{4, "add", []int{2, 3}, 1},
		{5, "relu", []int{4}, 1},
		{6, "loss", []int{5}, 2},
		{7, "reg", []int{1}, 3},
		{8, "total", []int{6, 7}, 1},
	}
	indeg := map[int]int{}
	users := map[int][]int{}
	for _, o := range ops {
		indeg[o.ID] = len(o.Inputs)
		for _, in := range o.Inputs {
			users[in] = append(users[in], o.ID)
		}
	}
	ready := &pq{}
	for _, o := range ops {
		if indeg[o.ID] == 0 {
			heap.Push(ready, o)
		}
	}
	var order []string
	for ready.Len() > 0 {
		o := heap.Pop(ready).(*Op)
		order = append(order, o.Name)
		for _, u := range users[o.ID] {
			indeg[u]--
			if indeg[u] == 0 {
				heap.Push(ready, ops[u])
			}
		}
	}
	fmt.Println("forward order:", order)

	// backward: BFS from the loss using a list as a queue
	q := list.New()
	q.PushBack(8)
	seen := map[int]bool{8: true}
	var back []string
	for q.Len() > 0 {
		e := q.Front()
		q.Remove(e)
		id := e.Value.(int)
		back = append(back, ops[id].Name)
		ins := append([]int(nil), ops[id].Inputs...)
		sort.Sort(sort.Reverse(sort.IntSlice(ins)))
		for _, in := range ins {
			if !seen[in] {
				seen[in] = true
				q.PushBack(in)
			}
		}
	}
	fmt.Println("backward bfs:", back)
	keys := make([]int, 0, len(users))
	for k := range users {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%-6s -> %v\n", ops[k].Name, users[k])
	}
}
