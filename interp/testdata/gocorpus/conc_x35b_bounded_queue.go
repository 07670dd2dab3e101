package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrClosed = errors.New("queue closed")

type Queue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	cap      int
	closed   bool
}

func NewQueue[T any](capacity int) *Queue[T] {
	q := &Queue[T]{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue[T]) Put(v T) error {
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

func (q *Queue[T]) Take() (T, error) {
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

func (q *Queue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

func main() {
	q := NewQueue[int](2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	consumed := map[int]int{}
	sums := make([]int, 3)

	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for {
				v, err := q.Take()
				if err != nil {
					return
				}
				mu.Lock()
				consumed[v]++
				sums[id] += v
				mu.Unlock()
			}
		}(c)
	}

	var pwg sync.WaitGroup
	for p := 0; p < 2; p++ {
		pwg.Add(1)
		go func(base int) {
			defer pwg.Done()
			for i := 1; i <= 50; i++ {
				if err := q.Put(base + i); err != nil {
					panic(err)
				}
			}
		}(p * 100)
	}
	pwg.Wait()
	q.Close()
	wg.Wait()

	total := 0
	for _, s := range sums {
		total += s
	}
	dups := 0
	for _, n := range consumed {
		if n != 1 {
			dups++
		}
	}
	fmt.Println("consumed:", len(consumed), "dups:", dups, "total:", total)
	err := q.Put(1)
	_, err2 := q.Take()
	fmt.Println(err, errors.Is(err2, ErrClosed))
	fmt.Printf("%T %v\n", q, q.cap)
}
