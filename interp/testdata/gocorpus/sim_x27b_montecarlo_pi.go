package main

import (
	"fmt"
	"math"
	"math/rand"
	"sync"
)

type result struct {
	worker int
	inside int
	total  int
}

func estimate(seed int64, n int) int {
	r := rand.New(rand.NewSource(seed))
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
	const per = 20000
	results := make([]result, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			results[id] = result{id, estimate(int64(100+id), per), per}
		}(w)
	}
	wg.Wait()
	in, tot := 0, 0
	for _, r := range results {
		fmt.Printf("worker %d: %d/%d -> %.5f\n", r.worker, r.inside, r.total, 4*float64(r.inside)/float64(r.total))
		in += r.inside
		tot += r.total
	}
	pi := 4 * float64(in) / float64(tot)
	fmt.Printf("pi ~ %.5f (err %.5f)\n", pi, math.Abs(pi-math.Pi))

	ch := make(chan float64)
	go func() {
		defer close(ch)
		r := rand.New(rand.NewSource(1))
		for i := 0; i < 5; i++ {
			var s float64
			for j := 0; j < 1000; j++ {
				s += math.Exp(-r.Float64())
			}
			ch <- s / 1000
		}
	}()
	for v := range ch {
		fmt.Printf("int exp(-x) ~ %.5f\n", v)
	}
	fmt.Printf("exact %.5f\n", 1-math.Exp(-1))
}
