package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
)

func mean(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

type Result struct {
	Stat      string
	Estimate  float64
	Lo, Hi    float64
	Resamples int
}

func bootstrap(data []float64, stat func([]float64) float64, B, workers int) (lo, hi float64) {
	stats := make([]float64, B)
	var wg sync.WaitGroup
	per := B / workers
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 99))
			buf := make([]float64, len(data))
			for b := w * per; b < (w+1)*per; b++ {
				for i := range buf {
					buf[i] = data[r.IntN(len(data))]
				}
				stats[b] = stat(buf)
			}
		}(w)
	}
	wg.Wait()
	slices.Sort(stats)
	return stats[int(0.025*float64(B))], stats[int(0.975*float64(B))-1]
}

func estimatePi(r *rand.Rand, n int) float64 {
	inside := 0
	for range n {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	return 4 * float64(inside) / float64(n)
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	data := make([]float64, 60)
	for i := range data {
		data[i] = math.Exp(r.NormFloat64()*0.5 + 2) // log-normal incomes
	}
	stats := map[string]func([]float64) float64{"mean": mean, "median": median}
	var results []Result
	for _, name := range []string{"mean", "median"} {
		f := stats[name]
		lo, hi := bootstrap(data, f, 2000, 4)
		results = append(results, Result{name, f(data), lo, hi, 2000})
	}
	for _, res := range results {
		fmt.Printf("%-6s %.3f  95%% CI [%.3f, %.3f]\n", res.Stat, res.Estimate, res.Lo, res.Hi)
	}
	fmt.Printf("%+v\n", results[0].Resamples)
	for _, n := range []int{100, 1000, 10000, 100000} {
		pi := estimatePi(r, n)
		fmt.Printf("n=%-6d pi~%.5f err=%.5f\n", n, pi, math.Abs(pi-math.Pi))
	}
}
