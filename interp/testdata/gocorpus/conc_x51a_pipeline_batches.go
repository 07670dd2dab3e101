package main

import (
	"fmt"
	"math"
	"sync"
)

type batch struct {
	id int
	x  [][]float64
}

type gradResult struct {
	id   int
	grad []float64
	loss float64
}

func lossAndGrad(w []float64, x [][]float64) (float64, []float64) {
	g := make([]float64, len(w))
	L := 0.0
	for _, row := range x {
		pred := 0.0
		for j := range w {
			pred += w[j] * row[j]
		}
		target := row[len(row)-1]
		e := pred - target
		L += e * e / 2
		for j := range w {
			g[j] += e * row[j]
		}
	}
	return L, g
}

func main() {
	w := []float64{0.5, -0.25}
	batches := make(chan batch)
	results := make(chan gradResult, 4)
	var wg sync.WaitGroup
	for worker := 0; worker < 3; worker++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				L, g := lossAndGrad(w, b.x)
				results <- gradResult{b.id, g, L}
			}
		}()
	}
	go func() {
		for i := 0; i < 6; i++ {
			x := [][]float64{
				{float64(i), 1, 2*float64(i) + 1},
				{float64(i) + 0.5, 1, 2*float64(i) + 2},
			}
			batches <- batch{i, x}
		}
		close(batches)
	}()
	go func() { wg.Wait(); close(results) }()
	all := make([]gradResult, 6)
	for r := range results {
		all[r.id] = r
	}
	sum := make([]float64, len(w))
	total := 0.0
	for _, r := range all {
		fmt.Printf("batch %d loss %8.4f grad %v\n", r.id, r.loss, r.grad)
		for j := range sum {
			sum[j] += r.grad[j]
		}
		total += r.loss
	}
	fmt.Printf("total loss %.4f, grad %.4f, norm %.4f\n", total, sum, math.Sqrt(sum[0]*sum[0]+sum[1]*sum[1]))
}
