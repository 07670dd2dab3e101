package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type Request struct {
	Sector  int
	Arrival int
	Write   bool
}

type reqHeap struct {
	items []Request
	less  func(a, b Request) bool
}

func (h reqHeap) Len() int           { return len(h.items) }
func (h reqHeap) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h reqHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *reqHeap) Push(x any)        { h.items = append(h.items, x.(Request)) }
func (h *reqHeap) Pop() any {
	old := h.items
	x := old[len(old)-1]
	h.items = old[:len(old)-1]
	return x
}

type Scheduler interface {
	Name() string
	Order(head int, reqs []Request) []Request
}

type FCFS struct{}

func (FCFS) Name() string { return "FCFS" }
func (FCFS) Order(head int, reqs []Request) []Request {
	h := &reqHeap{less: func(a, b Request) bool { return a.Arrival < b.Arrival }}
	for _, r := range reqs {
		heap.Push(h, r)
	}
	var out []Request
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(Request))
	}
	return out
}

type SSTF struct{}

func (SSTF) Name() string { return "SSTF" }
func (SSTF) Order(head int, reqs []Request) []Request {
	pending := append([]Request(nil), reqs...)
	var out []Request
	for len(pending) > 0 {
		best := 0
		for i, r := range pending {
			if abs(r.Sector-head) < abs(pending[best].Sector-head) {
				best = i
			}
		}
		head = pending[best].Sector
		out = append(out, pending[best])
		pending = append(pending[:best], pending[best+1:]...)
	}
	return out
}

type SCAN struct{ Up bool }

func (s SCAN) Name() string { return fmt.Sprintf("SCAN(up=%v)", s.Up) }
func (s SCAN) Order(head int, reqs []Request) []Request {
	sorted := append([]Request(nil), reqs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Sector < sorted[j].Sector })
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i].Sector >= head })
	var out []Request
	if s.Up {
		out = append(out, sorted[i:]...)
		for j := i - 1; j >= 0; j-- {
			out = append(out, sorted[j])
		}
	} else {
		for j := i - 1; j >= 0; j-- {
			out = append(out, sorted[j])
		}
		out = append(out, sorted[i:]...)
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	sectors := []int{98, 183, 37, 122, 14, 124, 65, 67}
	var reqs []Request
	for i, s := range sectors {
		reqs = append(reqs, Request{Sector: s, Arrival: i, Write: i%3 == 0})
	}
	for _, s := range []Scheduler{FCFS{}, SSTF{}, SCAN{Up: true}, SCAN{}} {
		head, moved := 53, 0
		var path []int
		for _, r := range s.Order(53, reqs) {
			moved += abs(r.Sector - head)
			head = r.Sector
			path = append(path, r.Sector)
		}
		fmt.Printf("%-14s moved=%4d path=%v\n", s.Name(), moved, path)
	}
	fmt.Printf("%+v\n%#v\n", reqs[0], SCAN{Up: true})
}
