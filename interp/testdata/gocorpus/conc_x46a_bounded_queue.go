package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrClosed = errors.New("queue closed")

// BlockingQueue is a bounded FIFO built on a mutex and two condition variables.
type BlockingQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	cap      int
	closed   bool
}

func NewBlockingQueue[T any](capacity int) *BlockingQueue[T] {
	q := &BlockingQueue[T]{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BlockingQueue[T]) Put(v T) error {
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

func (q *BlockingQueue[T]) Take() (T, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		var zero T
		return zero, ErrClosed
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

type ChanQueue[T any] struct{ ch chan T }

func (c ChanQueue[T]) TryPut(v T) bool {
	select {
	case c.ch <- v:
		return true
	default:
		return false
	}
}

func (c ChanQueue[T]) TryTake() (T, bool) {
	select {
	case v := <-c.ch:
		return v, true
	default:
		var zero T
		return zero, false
	}
}

func main() {
	q := NewBlockingQueue[int](2)
	var wg sync.WaitGroup
	sums := make([]int, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for {
				v, err := q.Take()
				if err != nil {
					return
				}
				sums[id] += v
			}
		}(w)
	}
	for i := 1; i <= 100; i++ {
		if err := q.Put(i); err != nil {
			fmt.Println("put:", err)
		}
	}
	q.Close()
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println("total consumed:", total)
	fmt.Println("put after close:", q.Put(1))
	_, err := q.Take()
	fmt.Println("take after close:", err, errors.Is(err, ErrClosed))

	cq := ChanQueue[string]{ch: make(chan string, 2)}
	for _, s := range []string{"a", "b", "c"} {
		fmt.Printf("tryPut(%s)=%v ", s, cq.TryPut(s))
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		v, ok := cq.TryTake()
		fmt.Printf("tryTake=%q,%v ", v, ok)
	}
	fmt.Println()

	done := make(chan struct{})
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			case out <- fmt.Sprintf("item-%d", i):
			}
		}
	}()
	for i := 0; i < 4; i++ {
		fmt.Print(<-out, " ")
	}
	close(done)
	for range out {
	}
	fmt.Println("\nproducer stopped")
}
