package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Steps int
}

type Result struct {
	Job
	Dist float64
}

func walk2D(seed uint64, steps int) float64 {
	r := rand.New(rand.NewPCG(seed, 99))
	x, y := 0.0, 0.0
	for i := 0; i < steps; i++ {
		a := 2 * math.Pi * r.Float64()
		x += math.Cos(a)
		y += math.Sin(a)
	}
	return math.Hypot(x, y)
}

func main() {
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- Result{Job: j, Dist: walk2D(uint64(j.ID), j.Steps)}
			}
		}()
	}
	go func() {
		for i := 0; i < 24; i++ {
			jobs <- Job{ID: i, Steps: 100 * (1 + i%4)}
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
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	bySteps := map[int][]float64{}
	for _, r := range all {
		bySteps[r.Steps] = append(bySteps[r.Steps], r.Dist)
	}
	keys := make([]int, 0, len(bySteps))
	for k := range bySteps {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Printf("%6s %6s %10s %10s\n", "steps", "count", "rms dist", "sqrt(N)")
	for _, k := range keys {
		s := 0.0
		for _, d := range bySteps[k] {
			s += d * d
		}
		fmt.Printf("%6d %6d %10.3f %10.3f\n", k, len(bySteps[k]), math.Sqrt(s/float64(len(bySteps[k]))), math.Sqrt(float64(k)))
	}
	fmt.Printf("first: %+v\n", all[0])
}
