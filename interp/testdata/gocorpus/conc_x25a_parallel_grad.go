package main

import (
	"fmt"
	"sync"
)

type sample struct{ x, y float64 }

type partial struct {
	idx    int
	dw, db float64
	loss   float64
}

func shardGrad(idx int, data []sample, w, b float64, out chan<- partial, wg *sync.WaitGroup) {
	defer wg.Done()
	var p partial
	p.idx = idx
	for _, s := range data {
		pred := w*s.x + b
		d := pred - s.y
		p.loss += d * d
		p.dw += 2 * d * s.x
		p.db += 2 * d
	}
	out <- p
}

func main() {
	var data []sample
	for i := 0; i < 24; i++ {
		x := float64(i) / 4
		data = append(data, sample{x, 3*x - 2 + float64(i%3-1)*0.1})
	}
	w, b := 0.0, 0.0
	const shards = 4
	for step := 0; step < 200; step++ {
		ch := make(chan partial, shards)
		var wg sync.WaitGroup
		size := len(data) / shards
		for s := 0; s < shards; s++ {
			wg.Add(1)
			go shardGrad(s, data[s*size:(s+1)*size], w, b, ch, &wg)
		}
		wg.Wait()
		close(ch)
		parts := make([]partial, shards)
		for p := range ch {
			parts[p.idx] = p
		}
		var dw, db, loss float64
		for _, p := range parts {
			dw += p.dw
			db += p.db
			loss += p.loss
		}
		n := float64(len(data))
		w -= 0.02 * dw / n
		b -= 0.02 * db / n
		if step%50 == 0 || step == 199 {
			fmt.Printf("step %3d loss %.6f w=%.4f b=%.4f\n", step, loss/n, w, b)
		}
	}
}
