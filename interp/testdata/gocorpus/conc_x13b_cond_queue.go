package main

import (
	"errors"
	"fmt"
	"slices"
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
	var prod sync.WaitGroup
	for p := range 3 {
		prod.Add(1)
		go func() {
			defer prod.Done()
			for i := range 4 {
				if err := q.Put(p*100 + i); err != nil {
					fmt.Println("put:", err)
				}
			}
		}()
	}
	var cons sync.WaitGroup
	results := make([][]int, 2)
	for c := range 2 {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for {
				v, err := q.Get()
				if err != nil {
					return
				}
				results[c] = append(results[c], v)
			}
		}()
	}
	prod.Wait()
	q.Close()
	cons.Wait()
	all := slices.Concat(results...)
	slices.Sort(all)
	fmt.Println(len(all), all)
	fmt.Println(q.Put(7))
	_, err := q.Get()
	fmt.Println(err, errors.Is(err, ErrClosed))
}
