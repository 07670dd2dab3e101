package main

import (
	"fmt"
	"sync"
)

type job struct {
	row int
}

type rowResult struct {
	row  int
	vals []float64
}

func mulRow(a, b [][]float64, i int) []float64 {
	out := make([]float64, len(b[0]))
	for j := range out {
		for k := range b {
			out[j] += a[i][k] * b[k][j]
		}
	}
	return out
}

func parallelMul(a, b [][]float64, workers int) [][]float64 {
	jobs := make(chan job)
	results := make(chan rowResult)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- rowResult{j.row, mulRow(a, b, j.row)}
			}
		}()
	}
	go func() {
		for i := range a {
			jobs <- job{i}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	c := make([][]float64, len(a))
	for r := range results {
		c[r.row] = r.vals
	}
	return c
}

func hilbert(n int) [][]float64 {
	h := make([][]float64, n)
	for i := range h {
		h[i] = make([]float64, n)
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	return h
}

func main() {
	n := 6
	h := hilbert(n)
	p := parallelMul(h, h, 3)
	for _, row := range p {
		fmt.Printf("%.5f\n", row)
	}
	var mu sync.Mutex
	sum := 0.0
	var wg sync.WaitGroup
	for i := range p {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := 0.0
			for _, v := range p[i] {
				s += v
			}
			mu.Lock()
			sum += s * 0 // sum only deterministic when order-independent
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	total := 0.0
	for _, row := range p {
		for _, v := range row {
			total += v
		}
	}
	fmt.Printf("sum=%.10f zero=%.1f\n", total, sum)
}
