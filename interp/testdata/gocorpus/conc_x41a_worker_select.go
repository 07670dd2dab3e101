package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

type job struct {
	id    int
	theta float64
}

type out struct {
	id      int
	loss    float64
	numGrad float64
}

func f(t float64) float64 { return math.Sin(t) * t * t }

func worker(jobs <-chan job, results chan<- out, quit <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				return
			}
			h := 1e-6
			g := (f(j.theta+h) - f(j.theta-h)) / (2 * h)
			results <- out{j.id, f(j.theta), g}
		case <-quit:
			return
		}
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan out, 16)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go worker(jobs, results, quit, &wg)
	}
	go func() {
		for i := 0; i < 8; i++ {
			jobs <- job{i, float64(i) * 0.5}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []out
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		t := float64(r.id) * 0.5
		exact := math.Cos(t)*t*t + 2*t*math.Sin(t)
		fmt.Printf("theta=%.1f f=%8.4f num=%8.4f exact=%8.4f ok=%v\n", t, r.loss, r.numGrad, exact, math.Abs(exact-r.numGrad) < 1e-5)
	}
	close(quit)

	ticks := make(chan int)
	stop := make(chan bool)
	go func() {
		defer close(ticks)
		for i := 1; ; i++ {
			select {
			case ticks <- i:
			case <-stop:
				return
			}
		}
	}()
	sum := 0
	for v := range ticks {
		sum += v
		if v == 10 {
			close(stop)
			break
		}
	}
	fmt.Println("sum of first 10 ticks:", sum)
}
