package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

type result struct {
	worker int
	inside int
	total  int
}

func estimate(seed uint64, n int) int {
	r := rand.New(rand.NewPCG(seed, seed*7+1))
	in := 0
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			in++
		}
	}
	return in
}

func main() {
	const workers = 4
	const per = 50000
	results := make([]result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[w] = result{worker: w, inside: estimate(uint64(w+1), per), total: per}
		}()
	}
	wg.Wait()
	totalIn, total := 0, 0
	fmt.Printf("%-7s %8s %8s %10s\n", "worker", "inside", "total", "pi est")
	for _, res := range results {
		totalIn += res.inside
		total += res.total
		fmt.Printf("%-7d %8d %8d %10.5f\n", res.worker, res.inside, res.total, 4*float64(res.inside)/float64(res.total))
	}
	est := 4 * float64(totalIn) / float64(total)
	fmt.Printf("combined: %.5f (error %.2e)\n", est, math.Abs(est-math.Pi))
	fmt.Printf("%+v\n", results[0])
}
