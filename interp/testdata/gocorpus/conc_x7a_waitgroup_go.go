// Exercises: sync.WaitGroup.Go (Go 1.25), results written by index, atomic.Int64, closures over 1.22 per-iteration loop vars
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func collatz(n int) int {
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
	inputs := []int{6, 7, 27, 97, 1}
	results := make([]int, len(inputs))
	var total atomic.Int64
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Go(func() {
			s := collatz(n)
			results[i] = s
			total.Add(int64(s))
		})
	}
	wg.Wait()
	fmt.Println(results, total.Load())
	var hits atomic.Int64
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Go(func() {
			if i%7 == 0 {
				hits.Add(1)
			}
		})
	}
	wg2.Wait()
	fmt.Println(hits.Load())
	fmt.Println(hits.CompareAndSwap(8, 100), hits.Load(), hits.Swap(1), hits.Load())
}
