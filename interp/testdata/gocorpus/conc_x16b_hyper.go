package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

type Trial struct {
	LR, Mu float64
	Loss   float64
}

func run(lr, mu float64) float64 {
	w, v := 3.0, 0.0
	for range 40 {
		g := 2*(w-0.5) + 0.3*math.Sin(3*w)
		v = mu*v - lr*g
		w += v
		if math.Abs(w) > 1e6 {
			return math.Inf(1)
		}
	}
	return (w - 0.5) * (w - 0.5)
}

func main() {
	lrs := []float64{0.01, 0.05, 0.1, 0.3, 0.9}
	mus := []float64{0, 0.5, 0.9}
	jobs := make(chan [2]float64)
	results := make(chan Trial)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- Trial{j[0], j[1], run(j[0], j[1])}
			}
		}()
	}
	go func() {
		for _, lr := range lrs {
			for _, mu := range mus {
				jobs <- [2]float64{lr, mu}
			}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var trials []Trial
	for t := range results {
		trials = append(trials, t)
	}
	sort.Slice(trials, func(i, j int) bool {
		if trials[i].Loss != trials[j].Loss {
			return trials[i].Loss < trials[j].Loss
		}
		if trials[i].LR != trials[j].LR {
			return trials[i].LR < trials[j].LR
		}
		return trials[i].Mu < trials[j].Mu
	})
	for i, t := range trials {
		fmt.Printf("%2d lr=%-5g mu=%-4g loss=%.3e\n", i, t.LR, t.Mu, t.Loss)
	}
	ctx := make(chan struct{})
	done := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-ctx:
				done <- n
				return
			default:
				n++
				if n == 1000 {
					close(ctx)
				}
			}
		}
	}()
	fmt.Println("ticks", <-done)
}
