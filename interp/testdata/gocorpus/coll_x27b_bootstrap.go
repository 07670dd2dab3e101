package main

import (
	"cmp"
	"fmt"
	"math/rand"
	"slices"
)

type Estimate struct {
	Name     string
	Point    float64
	Lo, Hi   float64
	Resample []float64
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	c := slices.Clone(xs)
	slices.Sort(c)
	if len(c)%2 == 1 {
		return c[len(c)/2]
	}
	return (c[len(c)/2-1] + c[len(c)/2]) / 2
}

func bootstrap(r *rand.Rand, data []float64, stat func([]float64) float64, B int) (lo, hi float64, all []float64) {
	buf := make([]float64, len(data))
	for range B {
		for i := range buf {
			buf[i] = data[r.Intn(len(data))]
		}
		all = append(all, stat(buf))
	}
	slices.Sort(all)
	return all[int(0.025*float64(B))], all[int(0.975*float64(B))-1], all
}

func main() {
	data := []float64{2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 9.7, 3.1, 2.2, 4.0, 3.6, 2.9, 3.8, 12.5}
	r := rand.New(rand.NewSource(99))
	stats := map[string]func([]float64) float64{
		"mean":   mean,
		"median": median,
		"max":    func(xs []float64) float64 { return slices.Max(xs) },
	}
	var ests []Estimate
	for name, f := range stats {
		ests = append(ests, Estimate{Name: name, Point: f(data)})
	}
	slices.SortFunc(ests, func(a, b Estimate) int { return cmp.Compare(a.Name, b.Name) })
	for i := range ests {
		e := &ests[i]
		e.Lo, e.Hi, e.Resample = bootstrap(r, data, stats[e.Name], 2000)
	}
	for _, e := range ests {
		distinct := len(slices.Compact(slices.Clone(e.Resample)))
		fmt.Printf("%-7s %.3f  95%% CI [%.3f, %.3f]  distinct=%d\n", e.Name, e.Point, e.Lo, e.Hi, distinct)
	}
	idx, found := slices.BinarySearchFunc(ests, "median", func(e Estimate, s string) int { return cmp.Compare(e.Name, s) })
	fmt.Println(idx, found, slices.IndexFunc(data, func(x float64) bool { return x > 9 }))
}
