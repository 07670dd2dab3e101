// Exercises: sync.Cond signalling between a producer and a consumer with ordered output.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.done {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func main() {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	go func() {
		for i := 1; i <= 5; i++ {
			q.Put(i * 100)
		}
		q.Close()
	}()
	for v, ok := q.Get(); ok; v, ok = q.Get() {
		fmt.Println("got", v)
	}
}
