package main

import (
	"fmt"
	"sync"
)

type job struct{ row int }
type result struct {
	row  int
	vals []float64
}

func parMul(a, b [][]float64, workers int) [][]float64 {
	jobs := make(chan job)
	results := make(chan result, len(a))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				row := make([]float64, len(b[0]))
				for k := range b {
					for c := range b[0] {
						row[c] += a[j.row][k] * b[k][c]
					}
				}
				results <- result{j.row, row}
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
	out := make([][]float64, len(a))
	for r := range results {
		out[r.row] = r.vals
	}
	return out
}

func identity(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func main() {
	n := 5
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, n)
		for j := range a[i] {
			a[i][j] = float64((i+1)*(j+2)%7) - 3
		}
	}
	p := parMul(a, a, 3)
	for _, row := range p {
		for _, v := range row {
			fmt.Printf("%6.1f", v)
		}
		fmt.Println()
	}
	id := parMul(a, identity(n), 2)
	same := true
	for i := range a {
		for j := range a[i] {
			if a[i][j] != id[i][j] {
				same = false
			}
		}
	}
	fmt.Println("A*I == A:", same)
	var mu sync.Mutex
	trace := 0.0
	var wg sync.WaitGroup
	for i := range p {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			trace += p[i][i]
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Printf("trace(A^2) = %.1f\n", trace)
}
