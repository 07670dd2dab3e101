package main

import (
	"fmt"
	"math"
	"sync"
)

type batch struct {
	id int
	xs []float64
}

type result struct {
	id   int
	loss float64
}

func forward(w float64, xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		p := math.Tanh(w * x)
		s += (p - 0.5) * (p - 0.5)
	}
	return s / float64(len(xs))
}

func main() {
	batches := make(chan batch)
	results := make(chan result)
	done := make(chan struct{})

	go func() {
		defer close(batches)
		for i := 0; i < 6; i++ {
			xs := make([]float64, 4)
			for j := range xs {
				xs[j] = float64(i+j) / 5
			}
			select {
			case batches <- batch{i, xs}:
			case <-done:
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				results <- result{b.id, forward(0.8, b.xs)}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	losses := make(map[int]float64)
	for r := range results {
		losses[r.id] = r.loss
	}
	close(done)
	total := 0.0
	for i := 0; i < len(losses); i++ {
		fmt.Printf("batch %d loss %.5f\n", i, losses[i])
		total += losses[i]
	}
	fmt.Printf("mean %.5f\n", total/float64(len(losses)))

	var mu sync.Mutex
	counter := map[string]int{}
	var wg2 sync.WaitGroup
	for i := range 10 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			if i%2 == 0 {
				counter["even"]++
			} else {
				counter["odd"]++
			}
		}()
	}
	wg2.Wait()
	fmt.Println(counter)

	timeout := make(chan bool)
	select {
	case v := <-results:
		fmt.Println("closed results gives zero:", v)
	case <-timeout:
		fmt.Println("timeout")
	}
}
