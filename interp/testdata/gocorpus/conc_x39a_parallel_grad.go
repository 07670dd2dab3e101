package main

import (
	"fmt"
	"math"
	"sync"
)

type Example struct {
	X []float64
	Y float64
}

func makeData(n int) []Example {
	data := make([]Example, n)
	for i := range data {
		x1 := float64(i%10) / 10
		x2 := float64(i%7) / 7
		data[i] = Example{X: []float64{x1, x2}, Y: 3*x1 - 2*x2 + 0.5}
	}
	return data
}

func predict(w []float64, b float64, x []float64) float64 {
	s := b
	for i := range w {
		s += w[i] * x[i]
	}
	return s
}

type grad struct {
	dw   []float64
	db   float64
	loss float64
}

func shardGrad(w []float64, b float64, shard []Example) grad {
	g := grad{dw: make([]float64, len(w))}
	for _, e := range shard {
		err := predict(w, b, e.X) - e.Y
		for i := range w {
			g.dw[i] += err * e.X[i]
		}
		g.db += err
		g.loss += err * err
	}
	return g
}

func main() {
	data := makeData(200)
	const workers = 4
	w := []float64{0, 0}
	b := 0.0
	lr := 0.5
	for step := 0; step < 300; step++ {
		results := make([]grad, workers)
		var wg sync.WaitGroup
		chunk := (len(data) + workers - 1) / workers
		for k := 0; k < workers; k++ {
			lo, hi := k*chunk, min((k+1)*chunk, len(data))
			wg.Add(1)
			go func(k int, shard []Example) {
				defer wg.Done()
				results[k] = shardGrad(w, b, shard)
			}(k, data[lo:hi])
		}
		wg.Wait()
		total := grad{dw: make([]float64, len(w))}
		for _, r := range results {
			for i := range r.dw {
				total.dw[i] += r.dw[i]
			}
			total.db += r.db
			total.loss += r.loss
		}
		n := float64(len(data))
		for i := range w {
			w[i] -= lr * total.dw[i] / n
		}
		b -= lr * total.db / n
		if step%50 == 0 || step == 299 {
			fmt.Printf("step %3d mse=%.6f w=[%.3f %.3f] b=%.3f\n", step, total.loss/n, w[0], w[1], b)
		}
	}

	// channel-based fan-in of per-shard losses
	type shardLoss struct {
		id   int
		loss float64
	}
	ch := make(chan shardLoss)
	var mu sync.Mutex
	count := 0
	for k := 0; k < workers; k++ {
		go func(id int) {
			g := shardGrad(w, b, data[id*50:(id+1)*50])
			mu.Lock()
			count++
			mu.Unlock()
			ch <- shardLoss{id, g.loss}
		}(k)
	}
	losses := make([]float64, workers)
	for k := 0; k < workers; k++ {
		s := <-ch
		losses[s.id] = s.loss
	}
	for i, l := range losses {
		fmt.Printf("shard %d rmse=%.2e\n", i, math.Sqrt(l/50))
	}
	fmt.Println("shards done:", count)
}
