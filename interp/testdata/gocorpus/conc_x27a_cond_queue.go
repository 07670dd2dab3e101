package main

import (
	"fmt"
	"sort"
	"sync"
)

type Queue[T any] struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []T
	closed bool
}

func NewQueue[T any]() *Queue[T] {
	q := &Queue[T]{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue[T]) Put(v T) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue[T]) Take() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		var zero T
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type task struct {
	id   int
	text string
}

func main() {
	q := NewQueue[task]()
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := map[int]string{}
	perWorker := make([]int, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				t, ok := q.Take()
				if !ok {
					return
				}
				mu.Lock()
				done[t.id] = fmt.Sprintf("%s:%d", t.text, len(t.text))
				perWorker[w]++
				mu.Unlock()
			}
		}()
	}
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"}
	for i, w := range words {
		q.Put(task{i, w})
	}
	q.Close()
	wg.Wait()
	ids := make([]int, 0, len(done))
	for id := range done {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Print(done[id], " ")
	}
	fmt.Println()
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("total processed:", total)
	_, ok := q.Take()
	fmt.Println("after close:", ok)

	ready := make(chan int)
	results := make(chan string, 3)
	for i := range 3 {
		go func() {
			v := <-ready
			results <- fmt.Sprintf("g%d got %d", i, v)
		}()
	}
	var got []string
	for i := range 3 {
		ready <- i * 10
		got = append(got, <-results)
	}
	sort.Strings(got)
	fmt.Println(len(got), got[0][:2])
}
