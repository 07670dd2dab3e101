package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sync"
)

type Job struct {
	Name     string
	Priority int
	Seq      int
}

type jobHeap []*Job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	if h[i].Priority != h[j].Priority {
		return h[i].Priority > h[j].Priority
	}
	return h[i].Seq < h[j].Seq
}
func (h jobHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *jobHeap) Push(x any)   { *h = append(*h, x.(*Job)) }
func (h *jobHeap) Pop() any {
	old := *h
	n := len(old)
	j := old[n-1]
	*h = old[:n-1]
	return j
}

type Scheduler struct {
	mu   sync.Mutex
	h    jobHeap
	seq  int
	done *list.List
}

func (s *Scheduler) Submit(name string, prio int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	heap.Push(&s.h, &Job{name, prio, s.seq})
}

func (s *Scheduler) Next() (*Job, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.h.Len() == 0 {
		return nil, false
	}
	return heap.Pop(&s.h).(*Job), true
}

func main() {
	s := &Scheduler{done: list.New()}
	var wg sync.WaitGroup
	groups := map[int][]string{
		1: {"log-rotate", "cleanup"},
		5: {"backup", "reindex"},
		9: {"page-oncall"},
	}
	for _, prio := range []int{1, 5, 9} {
		for _, n := range groups[prio] {
			s.Submit(n, prio)
		}
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			j, ok := s.Next()
			if !ok {
				return
			}
			s.done.PushBack(j)
		}
	}()
	wg.Wait()

	for e := s.done.Front(); e != nil; e = e.Next() {
		j := e.Value.(*Job)
		fmt.Printf("%-12s prio=%d seq=%d\n", j.Name, j.Priority, j.Seq)
	}
	fmt.Println("remaining:", s.h.Len(), "done:", s.done.Len())
	first := s.done.Front().Value.(*Job)
	fmt.Printf("%+v\n", *first)
}
