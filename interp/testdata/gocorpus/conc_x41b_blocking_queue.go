package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrQueueClosed = errors.New("queue closed")

type BlockingQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	capacity int
	closed   bool
}

func NewBlockingQueue[T any](capacity int) *BlockingQueue[T] {
	q := &BlockingQueue[T]{capacity: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BlockingQueue[T]) Put(v T) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.capacity && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrQueueClosed
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	return nil
}

func (q *BlockingQueue[T]) Take() (T, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		var zero T
		return zero, ErrQueueClosed
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, nil
}

func (q *BlockingQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

func (q *BlockingQueue[T]) Size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}

type Order struct {
	ID    int
	Total float64
}

func main() {
	q := NewBlockingQueue[Order](2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	processed := map[int][]int{}
	for c := 1; c <= 3; c++ {
		wg.Add(1)
		go func(consumer int) {
			defer wg.Done()
			for {
				o, err := q.Take()
				if errors.Is(err, ErrQueueClosed) {
					return
				}
				mu.Lock()
				processed[consumer] = append(processed[consumer], o.ID)
				mu.Unlock()
			}
		}(c)
	}
	var pwg sync.WaitGroup
	for p := 0; p < 2; p++ {
		pwg.Add(1)
		go func(base int) {
			defer pwg.Done()
			for i := 1; i <= 10; i++ {
				if err := q.Put(Order{ID: base + i, Total: float64(i) * 1.5}); err != nil {
					fmt.Println("put failed:", err)
				}
			}
		}(p * 100)
	}
	pwg.Wait()
	q.Close()
	wg.Wait()
	var all []int
	for _, ids := range processed {
		all = append(all, ids...)
	}
	sort.Ints(all)
	fmt.Println(len(all), all)
	fmt.Println(q.Put(Order{ID: 999}))
	_, err := q.Take()
	fmt.Println(err, q.Size())

	single := NewBlockingQueue[string](1)
	done := make(chan []string)
	go func() {
		var got []string
		for {
			s, err := single.Take()
			if err != nil {
				done <- got
				return
			}
			got = append(got, s)
		}
	}()
	for _, s := range []string{"a", "b", "c", "d"} {
		single.Put(s)
	}
	single.Close()
	fmt.Println(<-done)
}
