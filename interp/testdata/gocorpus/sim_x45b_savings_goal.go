package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type Plan struct {
	Name       string
	Monthly    int64 // cents
	MeanReturn float64
	Volatility float64
}

type Outcome struct {
	Months int
	Final  int64
}

func simulate(p Plan, goal int64, rng *rand.Rand) Outcome {
	var bal int64
	for m := 1; m <= 600; m++ {
		r := p.MeanReturn/12 + rng.NormFloat64()*p.Volatility/3.4641
		bal = int64(float64(bal) * (1 + r))
		bal += p.Monthly
		if bal >= goal {
			return Outcome{m, bal}
		}
	}
	return Outcome{-1, bal}
}

func percentile(xs []int, p float64) int {
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(p * float64(len(s)-1))
	return s[i]
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	goal := int64(10000000) // $100,000
	plans := []Plan{
		{"cash", 50000, 0.01, 0.0},
		{"bonds", 50000, 0.04, 0.05},
		{"balanced", 50000, 0.06, 0.10},
		{"equity", 50000, 0.08, 0.16},
	}
	fmt.Printf("%-9s %6s %6s %6s %6s\n", "plan", "p10", "p50", "p90", "fail")
	for _, p := range plans {
		var months []int
		fails := 0
		for range 200 {
			o := simulate(p, goal, rng)
			if o.Months < 0 {
				fails++
				continue
			}
			months = append(months, o.Months)
		}
		fmt.Printf("%-9s %6d %6d %6d %6d\n", p.Name, percentile(months, 0.1), percentile(months, 0.5), percentile(months, 0.9), fails)
	}
	fmt.Println(rng.IntN(1000), rng.Float64() < 1)
	perm := rng.Perm(6)
	fmt.Println(perm)
}
