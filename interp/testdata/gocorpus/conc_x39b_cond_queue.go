package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrClosed = errors.New("queue closed")

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

func (q *BoundedQueue[T]) Put(v T) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	return nil
}

func (q *BoundedQueue[T]) Get() (T, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, ErrClosed
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, nil
}

func (q *BoundedQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

func main() {
	q := NewBoundedQueue[int](2)
	var prodWG, consWG sync.WaitGroup
	var mu sync.Mutex
	got := map[int][]int{}
	for c := 0; c < 3; c++ {
		consWG.Add(1)
		go func(id int) {
			defer consWG.Done()
			for {
				v, err := q.Get()
				if err != nil {
					return
				}
				mu.Lock()
				got[v%3] = append(got[v%3], v)
				mu.Unlock()
			}
		}(c)
	}
	for p := 0; p < 2; p++ {
		prodWG.Add(1)
		go func(base int) {
			defer prodWG.Done()
			for i := 0; i < 10; i++ {
				if err := q.Put(base + i); err != nil {
					fmt.Println("put:", err)
				}
			}
		}(p * 100)
	}
	prodWG.Wait()
	q.Close()
	consWG.Wait()
	keys := make([]int, 0, len(got))
	total := 0
	for k, vs := range got {
		keys = append(keys, k)
		sort.Ints(vs)
		total += len(vs)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, got[k])
	}
	fmt.Println("total", total, q.Put(1), errors.Is(q.Put(2), ErrClosed))

	results := make(chan string)
	done := make(chan struct{})
	var out []string
	go func() {
		for r := range results {
			out = append(out, r)
		}
		close(done)
	}()
	var wg sync.WaitGroup
	for _, name := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- "hello " + name
		}()
	}
	wg.Wait()
	close(results)
	<-done
	sort.Strings(out)
	fmt.Println(out)
}
