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

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	const limit = 3
	sem := NewSemaphore(limit)
	var inFlight, maxInFlight atomic.Int32
	var wg sync.WaitGroup

	inputs := []int{27, 97, 871, 6171, 77031, 837799, 9, 1}
	results := make([]int, len(inputs))

	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()

			cur := inFlight.Add(1)
			for {
				old := maxInFlight.Load()
				if cur <= old || maxInFlight.CompareAndSwap(old, cur) {
					break
				}
			}
			results[i] = collatzSteps(n)
			inFlight.Add(-1)
		}()
	}
	wg.Wait()

	for i, n := range inputs {
		fmt.Printf("collatz(%d) takes %d steps\n", n, results[i])
	}
	fmt.Println("max in flight within limit:", maxInFlight.Load() <= limit)
	fmt.Println("in flight at end:", inFlight.Load())
	fmt.Printf("semaphore: len=%d cap=%d type=%T\n", len(sem), cap(sem), sem)
}
