package main

import (
	"fmt"
	"strings"
	"sync"
)

// BoundedQueue is a blocking queue of journal lines guarded by a sync.Cond.
type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []string
	cap      int
	closed   bool
	maxSeen  int
}

func NewQueue(n int) *BoundedQueue {
	q := &BoundedQueue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(s string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, s)
	q.maxSeen = max(q.maxSeen, len(q.items))
	q.notEmpty.Signal()
}

func (q *BoundedQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func (q *BoundedQueue) Get() (string, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return s, true
}

func main() {
	q := NewQueue(3)
	var journal []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			line, ok := q.Get()
			if !ok {
				return
			}
			journal = append(journal, strings.ToUpper(line))
		}
	}()
	var wg sync.WaitGroup
	totals := make([]int64, 3)
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1; i <= 10; i++ {
				amt := int64((p+1)*100 + i)
				totals[p] += amt
				q.Put(fmt.Sprintf("branch%d:dr cash %d", p, amt))
			}
		}()
	}
	wg.Wait()
	q.Close()
	<-done
	fmt.Println("journal lines:", len(journal), "max depth <= 3:", q.maxSeen <= 3)
	counts := map[string]int{}
	for _, j := range journal {
		b, _, _ := strings.Cut(j, ":")
		counts[b]++
	}
	fmt.Println(counts, totals)
}
