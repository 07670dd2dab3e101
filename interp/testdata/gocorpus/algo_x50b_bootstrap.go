package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func percentile(sorted []float64, p float64) float64 {
	idx := p * float64(len(sorted)-1)
	lo := int(idx)
	if lo+1 >= len(sorted) {
		return sorted[lo]
	}
	frac := idx - float64(lo)
	return sorted[lo]*(1-frac) + sorted[lo+1]*frac
}

func bootstrap(xs []float64, n int, stat func([]float64) float64, r *rand.Rand) []float64 {
	out := make([]float64, n)
	sample := make([]float64, len(xs))
	for i := range out {
		for j := range sample {
			sample[j] = xs[r.Intn(len(xs))]
		}
		out[i] = stat(sample)
	}
	sort.Float64s(out)
	return out
}

func main() {
	acc := []float64{0.81, 0.79, 0.85, 0.83, 0.78, 0.88, 0.80, 0.84, 0.82, 0.86}
	r := rand.New(rand.NewSource(2024))
	median := func(xs []float64) float64 {
		c := append([]float64(nil), xs...)
		sort.Float64s(c)
		return (c[len(c)/2-1] + c[len(c)/2]) / 2
	}
	stats := []struct {
		name string
		f    func([]float64) float64
	}{{"mean", mean}, {"median", median}}
	for _, st := range stats {
		bs := bootstrap(acc, 1000, st.f, r)
		fmt.Printf("%-6s point=%.4f 95%% CI=[%.4f, %.4f] boot-mean=%.4f\n",
			st.name, st.f(acc), percentile(bs, 0.025), percentile(bs, 0.975), mean(bs))
	}
	hist := make([]int, 5)
	bs := bootstrap(acc, 200, mean, r)
	for _, b := range bs {
		k := int((b - 0.80) / 0.01)
		k = max(0, min(k, 4))
		hist[k]++
	}
	for i, h := range hist {
		fmt.Printf("%.2f-%.2f %3d\n", 0.80+float64(i)*0.01, 0.81+float64(i)*0.01, h)
	}
}
