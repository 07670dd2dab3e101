// Exercises: a worker pool over a jobs channel, results reassembled by index, a mutex-protected total, select with a done channel
package main

import (
	"fmt"
	"math"
	"sync"
)

type job struct {
	idx int
	x   float64
}

type result struct {
	idx  int
	grad float64
}

func main() {
	jobs := make(chan job)
	results := make(chan result, 4)
	var mu sync.Mutex
	total := 0.0
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				g := 2 * math.Sin(j.x) * math.Cos(j.x)
				mu.Lock()
				total += g
				mu.Unlock()
				results <- result{j.idx, g}
			}
		}(w)
	}
	go func() {
		for i := 0; i < 10; i++ {
			jobs <- job{i, float64(i) / 3}
		}
		close(jobs)
	}()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done); close(results) }() // done first: closed once results is
	grads := make([]float64, 10)
	for r := range results {
		grads[r.idx] = r.grad
	}
	select {
	case <-done:
		fmt.Println("all workers finished")
	default:
		fmt.Println("results closed before done")
	}
	for i, g := range grads {
		fmt.Printf("%d:%.4f ", i, g)
	}
	fmt.Println()
	check := 0.0
	for _, g := range grads {
		check += g
	}
	fmt.Printf("total matches: %t (%.6f)\n", math.Abs(check-total) < 1e-12, check)
}
