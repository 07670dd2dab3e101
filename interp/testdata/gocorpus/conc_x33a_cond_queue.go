package main

import (
	"fmt"
	"strings"
	"sync"
)

type BoundedQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	cap      int
	closed   bool
}

func NewBoundedQueue[T any](capacity int) *BoundedQueue[T] {
	q := &BoundedQueue[T]{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue[T]) Put(v T) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *BoundedQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func (q *BoundedQueue[T]) Get() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func main() {
	q := NewBoundedQueue[string](2)
	var wg sync.WaitGroup
	var got []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			v, ok := q.Get()
			if !ok {
				return
			}
			got = append(got, strings.ToUpper(v))
		}
	}()
	for _, w := range strings.Split("alpha,beta,gamma,delta,epsilon,zeta", ",") {
		q.Put(w)
	}
	q.Close()
	wg.Wait()
	fmt.Println(strings.Join(got, " "))
	fmt.Printf("%d items, queue type %T\n", len(got), q)

	// a start gate using Broadcast
	var mu sync.Mutex
	gate := sync.NewCond(&mu)
	open := false
	ready := make([]bool, 5)
	var wg2 sync.WaitGroup
	for i := range 5 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			for !open {
				gate.Wait()
			}
			ready[i] = true
			mu.Unlock()
		}()
	}
	mu.Lock()
	open = true
	gate.Broadcast()
	mu.Unlock()
	wg2.Wait()
	fmt.Println("all passed the gate:", ready)
}
