// Exercises: a bounded blocking queue built with sync.Cond, one producer and one consumer.
package main

import (
	"fmt"
	"sync"
)

type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func NewBoundedQueue(n int) *BoundedQueue {
	q := &BoundedQueue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *BoundedQueue) Take() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	q := NewBoundedQueue(2)
	done := make(chan []int)
	go func() {
		var got []int
		for {
			v := q.Take()
			if v < 0 {
				done <- got
				return
			}
			got = append(got, v)
		}
	}()
	for i := 1; i <= 10; i++ {
		q.Put(i * i)
	}
	q.Put(-1)
	fmt.Println(<-done)
}
