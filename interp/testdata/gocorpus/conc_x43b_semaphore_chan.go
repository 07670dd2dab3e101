package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Semaphore chan struct{}

func NewSemaphore(n int) Semaphore { return make(Semaphore, n) }

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func (s Semaphore) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

func main() {
	sem := NewSemaphore(3)
	var inFlight, maxSeen atomic.Int32
	var wg sync.WaitGroup
	results := make([]int, 12)
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			cur := inFlight.Add(1)
			for {
				m := maxSeen.Load()
				if cur <= m || maxSeen.CompareAndSwap(m, cur) {
					break
				}
			}
			results[i] = i * i
			inFlight.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println("results:", results)
	fmt.Println("max concurrent <= 3:", maxSeen.Load() <= 3)
	fmt.Println("in flight now:", inFlight.Load())

	small := NewSemaphore(2)
	fmt.Println(small.TryAcquire(), small.TryAcquire(), small.TryAcquire())
	small.Release()
	fmt.Println(small.TryAcquire(), len(small), cap(small))
	fmt.Printf("%T\n", small)
}
