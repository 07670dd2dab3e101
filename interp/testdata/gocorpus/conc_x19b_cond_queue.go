package main

import (
	"fmt"
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

func (q *Queue[T]) Get() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func main() {
	q := NewQueue[int]()
	var wg sync.WaitGroup
	sums := make([]int, 3)
	counts := make([]int, 3)
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				sums[w] += v
				counts[w]++
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		q.Put(i)
	}
	q.Close()
	wg.Wait()
	total, n := 0, 0
	for i := range sums {
		total += sums[i]
		n += counts[i]
	}
	fmt.Println("total", total, "items", n)

	var mu sync.Mutex
	var order []string
	var stage sync.WaitGroup
	stage.Add(1)
	done := make(chan bool)
	go func() {
		stage.Wait()
		mu.Lock()
		order = append(order, "second")
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	order = append(order, "first")
	mu.Unlock()
	stage.Done()
	<-done
	fmt.Println(order)

	results := make(chan string, 3)
	var once sync.Once
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { results <- "init" })
			_ = i
		}()
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
