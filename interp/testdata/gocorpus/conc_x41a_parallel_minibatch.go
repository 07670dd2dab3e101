package main

import (
	"fmt"
	"sync"
)

type grad struct {
	worker int
	dw     []float64
	loss   float64
}

func lossGrad(w []float64, xs [][]float64, ys []float64) ([]float64, float64) {
	dw := make([]float64, len(w))
	loss := 0.0
	for n, x := range xs {
		pred := 0.0
		for i := range w {
			pred += w[i] * x[i]
		}
		diff := pred - ys[n]
		loss += diff * diff
		for i := range w {
			dw[i] += 2 * diff * x[i]
		}
	}
	return dw, loss
}

func main() {
	xs := [][]float64{{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}}
	ys := []float64{3, 5, 7, 9, 11, 13, 15, 17}
	w := []float64{0, 0}
	const workers = 4
	var mu sync.Mutex
	for step := 0; step < 30; step++ {
		results := make(chan grad, workers)
		var wg sync.WaitGroup
		chunk := len(xs) / workers
		for k := 0; k < workers; k++ {
			wg.Add(1)
			go func(k int) {
				defer wg.Done()
				mu.Lock()
				wc := append([]float64(nil), w...)
				mu.Unlock()
				dw, l := lossGrad(wc, xs[k*chunk:(k+1)*chunk], ys[k*chunk:(k+1)*chunk])
				results <- grad{k, dw, l}
			}(k)
		}
		wg.Wait()
		close(results)
		parts := make([]grad, workers)
		for g := range results {
			parts[g.worker] = g
		}
		total := make([]float64, len(w))
		loss := 0.0
		for _, g := range parts {
			for i := range total {
				total[i] += g.dw[i]
			}
			loss += g.loss
		}
		for i := range w {
			w[i] -= 0.01 * total[i] / float64(len(xs))
		}
		if step%10 == 0 || step == 29 {
			fmt.Printf("step %2d loss %9.4f w=%.4f\n", step, loss/float64(len(xs)), w)
		}
	}
}
