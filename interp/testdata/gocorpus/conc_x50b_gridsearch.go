package main

import (
	"fmt"
	"sort"
	"sync"
)

type Params struct {
	LR     float64
	Epochs int
}

type Result struct {
	Params
	Loss float64
}

func train(p Params) float64 {
	xs := []float64{0, 1, 2, 3, 4}
	ys := []float64{1, 3, 5, 7, 9}
	w, b := 0.0, 0.0
	for e := 0; e < p.Epochs; e++ {
		var gw, gb float64
		for i := range xs {
			d := w*xs[i] + b - ys[i]
			gw += d * xs[i]
			gb += d
		}
		w -= p.LR * gw / 5
		b -= p.LR * gb / 5
	}
	loss := 0.0
	for i := range xs {
		d := w*xs[i] + b - ys[i]
		loss += d * d
	}
	return loss / 5
}

func main() {
	var grid []Params
	for _, lr := range []float64{0.001, 0.01, 0.05} {
		for _, ep := range []int{10, 100, 500} {
			grid = append(grid, Params{lr, ep})
		}
	}
	jobs := make(chan Params)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				results <- Result{p, train(p)}
			}
		}()
	}
	go func() {
		for _, p := range grid {
			jobs <- p
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Loss != all[j].Loss {
			return all[i].Loss < all[j].Loss
		}
		return all[i].Epochs < all[j].Epochs
	})
	fmt.Printf("%-8s %-7s %s\n", "lr", "epochs", "loss")
	for _, r := range all {
		fmt.Printf("%-8g %-7d %.6g\n", r.LR, r.Epochs, r.Loss)
	}
	fmt.Printf("best: %+v\n", all[0])
}
