// Exercises: goroutines computing per-example gradients, sync.WaitGroup, sync.Mutex accumulation, indexed results for determinism
package main

import (
	"fmt"
	"sync"
)

func main() {
	X := []float64{1, 2, 3, 4, 5, 6}
	Y := []float64{2.1, 3.9, 6.2, 7.8, 10.1, 12.2}
	w, b := 1.5, 0.0
	for epoch := 0; epoch < 3; epoch++ {
		grads := make([][2]float64, len(X))
		var mu sync.Mutex
		var wg sync.WaitGroup
		lossSum := 0.0
		count := 0
		for i := range X {
			wg.Add(1)
			go func() {
				defer wg.Done()
				err := w*X[i] + b - Y[i]
				grads[i] = [2]float64{2 * err * X[i], 2 * err}
				mu.Lock()
				count++
				mu.Unlock()
			}()
		}
		wg.Wait()
		var gw, gb float64
		for i, g := range grads {
			gw += g[0]
			gb += g[1]
			e := w*X[i] + b - Y[i]
			lossSum += e * e
		}
		n := float64(len(X))
		fmt.Printf("epoch %d count=%d loss=%.4f gw=%.4f gb=%.4f\n", epoch, count, lossSum/n, gw/n, gb/n)
		w -= 0.02 * gw / n
		b -= 0.02 * gb / n
	}
	var total int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for k := 1; k <= 100; k++ {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			total += k
		})
	}
	wg.Wait()
	fmt.Printf("w=%.4f b=%.4f total=%d\n", w, b, total)
}
