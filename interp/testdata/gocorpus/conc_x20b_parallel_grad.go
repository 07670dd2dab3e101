package main

import (
	"fmt"
	"sync"
)

type shard struct {
	xs, ys []float64
}

type gradResult struct {
	id     int
	dw, db float64
	loss   float64
}

func worker(id int, s shard, w, b float64, out chan<- gradResult, wg *sync.WaitGroup) {
	defer wg.Done()
	var r gradResult
	r.id = id
	for i, x := range s.xs {
		e := w*x + b - s.ys[i]
		r.loss += e * e
		r.dw += 2 * e * x
		r.db += 2 * e
	}
	out <- r
}

func main() {
	var xs, ys []float64
	for i := 0; i < 40; i++ {
		x := float64(i) / 10
		xs = append(xs, x)
		ys = append(ys, 3*x-2+0.1*float64(i%3-1))
	}
	const nw = 4
	shards := make([]shard, nw)
	per := len(xs) / nw
	for k := 0; k < nw; k++ {
		shards[k] = shard{xs[k*per : (k+1)*per], ys[k*per : (k+1)*per]}
	}
	w, b := 0.0, 0.0
	n := float64(len(xs))
	for step := 0; step < 300; step++ {
		ch := make(chan gradResult, nw)
		var wg sync.WaitGroup
		for k, s := range shards {
			wg.Add(1)
			go worker(k, s, w, b, ch, &wg)
		}
		wg.Wait()
		close(ch)
		results := make([]gradResult, nw)
		for r := range ch {
			results[r.id] = r
		}
		var dw, db, loss float64
		for _, r := range results {
			dw += r.dw
			db += r.db
			loss += r.loss
		}
		w -= 0.05 * dw / n
		b -= 0.05 * db / n
		if step%100 == 0 || step == 299 {
			fmt.Printf("step %d loss=%.4f w=%.4f b=%.4f\n", step, loss/n, w, b)
		}
	}
	var mu sync.Mutex
	counts := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counts[i%3]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(counts)
}
