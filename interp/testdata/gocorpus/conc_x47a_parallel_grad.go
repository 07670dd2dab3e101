package main

import (
	"fmt"
	"sync"
)

type sample struct{ x, y float64 }

func gradChunk(w, b float64, data []sample) (dw, db, loss float64) {
	for _, s := range data {
		p := w*s.x + b
		d := p - s.y
		loss += d * d
		dw += 2 * d * s.x
		db += 2 * d
	}
	return
}

func main() {
	var data []sample
	for i := 0; i < 40; i++ {
		x := float64(i) / 10
		data = append(data, sample{x, 3*x - 1})
	}
	w, b := 0.0, 0.0
	const workers = 4
	for epoch := 0; epoch < 200; epoch++ {
		type result struct {
			id           int
			dw, db, loss float64
		}
		ch := make(chan result, workers)
		var wg sync.WaitGroup
		chunk := len(data) / workers
		for k := 0; k < workers; k++ {
			wg.Add(1)
			go func(k int) {
				defer wg.Done()
				dw, db, l := gradChunk(w, b, data[k*chunk:(k+1)*chunk])
				ch <- result{k, dw, db, l}
			}(k)
		}
		wg.Wait()
		close(ch)
		parts := make([]result, workers)
		for r := range ch {
			parts[r.id] = r
		}
		var dw, db, loss float64
		for _, r := range parts {
			dw += r.dw
			db += r.db
			loss += r.loss
		}
		n := float64(len(data))
		w -= 0.05 * dw / n
		b -= 0.05 * db / n
		if epoch%40 == 0 {
			fmt.Printf("epoch %3d loss %.6f w=%.4f b=%.4f\n", epoch, loss/n, w, b)
		}
	}
	fmt.Printf("final w=%.3f b=%.3f\n", w, b)
}
