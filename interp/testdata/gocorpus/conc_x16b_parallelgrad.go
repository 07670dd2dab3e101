package main

import (
	"fmt"
	"math"
	"sync"
)

type sample struct {
	x []float64
	y float64
}

type result struct {
	worker int
	grad   []float64
	loss   float64
}

func main() {
	data := make([]sample, 0, 24)
	for i := range 24 {
		x1 := float64(i%6) / 5
		x2 := float64(i/6) / 3
		data = append(data, sample{x: []float64{x1, x2, 1}, y: 3*x1 - 2*x2 + 0.5})
	}
	w := []float64{0, 0, 0}
	const workers = 4
	for step := range 60 {
		results := make(chan result, workers)
		var wg sync.WaitGroup
		chunk := len(data) / workers
		for k := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				g := make([]float64, len(w))
				loss := 0.0
				for _, s := range data[k*chunk : (k+1)*chunk] {
					pred := 0.0
					for j := range w {
						pred += w[j] * s.x[j]
					}
					d := pred - s.y
					loss += d * d
					for j := range g {
						g[j] += 2 * d * s.x[j]
					}
				}
				results <- result{k, g, loss}
			}()
		}
		wg.Wait()
		close(results)
		parts := make([]result, workers)
		for r := range results {
			parts[r.worker] = r
		}
		total := make([]float64, len(w))
		loss := 0.0
		for _, p := range parts {
			loss += p.loss
			for j := range total {
				total[j] += p.grad[j]
			}
		}
		for j := range w {
			w[j] -= 0.3 * total[j] / float64(len(data))
		}
		if step%10 == 0 || step == 59 {
			fmt.Printf("step %2d mse %.6f w=[%.4f %.4f %.4f]\n", step, loss/float64(len(data)), w[0], w[1], w[2])
		}
	}
	fmt.Println("close to truth:", math.Abs(w[0]-3) < 0.1, math.Abs(w[1]+2) < 0.1)
}
