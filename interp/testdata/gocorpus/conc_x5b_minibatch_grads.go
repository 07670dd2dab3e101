// Exercises: goroutines over mini-batches sending partial gradients on a channel, summed in batch-index order
package main

import (
	"fmt"
	"sync"
)

type partial struct {
	idx  int
	grad []float64
	loss float64
}

func batchGrad(w []float64, X [][]float64, y []float64) ([]float64, float64) {
	g := make([]float64, len(w))
	loss := 0.0
	for i, x := range X {
		pred := 0.0
		for j := range w {
			pred += w[j] * x[j]
		}
		r := pred - y[i]
		loss += r * r / float64(len(X))
		for j := range w {
			g[j] += 2 * r * x[j] / float64(len(X))
		}
	}
	return g, loss
}

func main() {
	X, y := [][]float64{}, []float64{}
	for i := 0; i < 12; i++ {
		x := []float64{1, float64(i) / 4, float64(i%3) - 1}
		X = append(X, x)
		y = append(y, 0.5+2*x[1]-x[2])
	}
	w := []float64{0, 0, 0}
	const bs = 4
	for epoch := 0; epoch < 3; epoch++ {
		ch := make(chan partial)
		var wg sync.WaitGroup
		for b := 0; b*bs < len(X); b++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				g, l := batchGrad(w, X[b*bs:(b+1)*bs], y[b*bs:(b+1)*bs])
				ch <- partial{b, g, l}
			}()
		}
		go func() { wg.Wait(); close(ch) }()
		parts := make([]partial, len(X)/bs)
		for p := range ch {
			parts[p.idx] = p
		}
		sum := make([]float64, len(w))
		total := 0.0
		for _, p := range parts {
			for j, v := range p.grad {
				sum[j] += v
			}
			total += p.loss
		}
		for j := range w {
			w[j] -= 0.05 * sum[j] / float64(len(parts))
		}
		fmt.Printf("epoch %d loss %.6f w %.5f\n", epoch, total/float64(len(parts)), w)
	}
}
