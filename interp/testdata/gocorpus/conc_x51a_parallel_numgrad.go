package main

import (
	"fmt"
	"math"
	"sync"
)

func f(x []float64) float64 {
	s := 0.0
	for i, v := range x {
		s += math.Sin(v) * float64(i+1)
	}
	return s + x[0]*x[len(x)-1]
}

func main() {
	x := []float64{0.3, -1.1, 2.0, 0.7, 1.5}
	h := 1e-6
	grad := make([]float64, len(x))
	var wg sync.WaitGroup
	for i := range x {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			xp := append([]float64(nil), x...)
			xm := append([]float64(nil), x...)
			xp[i] += h
			xm[i] -= h
			grad[i] = (f(xp) - f(xm)) / (2 * h)
		}(i)
	}
	wg.Wait()
	analytic := make([]float64, len(x))
	for i, v := range x {
		analytic[i] = math.Cos(v) * float64(i+1)
	}
	analytic[0] += x[len(x)-1]
	analytic[len(x)-1] += x[0]
	type result struct {
		i   int
		err float64
	}
	results := make(chan result)
	var mu sync.Mutex
	total := 0.0
	go func() {
		var wg2 sync.WaitGroup
		for i := range x {
			wg2.Add(1)
			go func() {
				defer wg2.Done()
				e := math.Abs(grad[i] - analytic[i])
				mu.Lock()
				total += e
				mu.Unlock()
				results <- result{i, e}
			}()
		}
		wg2.Wait()
		close(results)
	}()
	errs := make([]float64, len(x))
	for r := range results {
		errs[r.i] = r.err
	}
	for i := range x {
		fmt.Printf("x%d analytic=% .6f numeric=% .6f small=%v\n", i, analytic[i], grad[i], errs[i] < 1e-6)
	}
	fmt.Println("total small:", total < 1e-5)
}
