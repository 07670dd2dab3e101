package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
	"sync/atomic"
)

type Params struct {
	LR     float64
	Epochs int
}

type Outcome struct {
	P    Params
	Loss float64
}

// train fits y = 2x - 1 with plain gradient descent and returns the final mse.
func train(p Params) float64 {
	xs := []float64{0, 1, 2, 3, 4, 5}
	w, b := 0.0, 0.0
	for e := 0; e < p.Epochs; e++ {
		var gw, gb float64
		for _, x := range xs {
			err := w*x + b - (2*x - 1)
			gw += err * x
			gb += err
		}
		w -= p.LR * gw / float64(len(xs))
		b -= p.LR * gb / float64(len(xs))
	}
	var mse float64
	for _, x := range xs {
		d := w*x + b - (2*x - 1)
		mse += d * d
	}
	return mse / float64(len(xs))
}

type Best struct {
	mu   sync.Mutex
	best *Outcome
}

func (b *Best) Offer(o Outcome) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if math.IsNaN(o.Loss) || math.IsInf(o.Loss, 0) {
		return
	}
	if b.best == nil || o.Loss < b.best.Loss ||
		(o.Loss == b.best.Loss && o.P.Epochs < b.best.P.Epochs) {
		c := o
		b.best = &c
	}
}

func main() {
	jobs := make(chan Params)
	results := make(chan Outcome, 4)
	var done atomic.Int64
	var best Best
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				o := Outcome{p, train(p)}
				best.Offer(o)
				done.Add(1)
				results <- o
			}
		}()
	}
	go func() {
		for _, lr := range []float64{0.001, 0.01, 0.05, 0.1, 0.5} {
			for _, ep := range []int{10, 100, 500} {
				jobs <- Params{lr, ep}
			}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Outcome
	for o := range results {
		all = append(all, o)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].P.LR != all[j].P.LR {
			return all[i].P.LR < all[j].P.LR
		}
		return all[i].P.Epochs < all[j].P.Epochs
	})
	fmt.Printf("%-6s %6s %12s\n", "lr", "epochs", "mse")
	for _, o := range all {
		fmt.Printf("%-6g %6d %12.4g\n", o.P.LR, o.P.Epochs, o.Loss)
	}
	fmt.Println("trained:", done.Load())
	fmt.Printf("best: %+v\n", *best.best)

	var once sync.Once
	var initCount int
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { initCount++ })
		}()
	}
	wg2.Wait()
	fmt.Println("init ran", initCount, "time(s)")
}
