package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Initializer func(fanIn, fanOut int, rng *rand.Rand) [][]float64

func gaussian(std float64) Initializer {
	return func(fanIn, fanOut int, rng *rand.Rand) [][]float64 {
		w := make([][]float64, fanIn)
		for i := range w {
			w[i] = make([]float64, fanOut)
			for j := range w[i] {
				w[i][j] = rng.NormFloat64() * std
			}
		}
		return w
	}
}

func xavier(fanIn, fanOut int, rng *rand.Rand) [][]float64 {
	return gaussian(math.Sqrt(1.0/float64(fanIn)))(fanIn, fanOut, rng)
}

func he(fanIn, fanOut int, rng *rand.Rand) [][]float64 {
	return gaussian(math.Sqrt(2.0/float64(fanIn)))(fanIn, fanOut, rng)
}

func stats(a []float64) (mean, std float64) {
	for _, v := range a {
		mean += v
	}
	mean /= float64(len(a))
	for _, v := range a {
		std += (v - mean) * (v - mean)
	}
	return mean, math.Sqrt(std / float64(len(a)))
}

func forward(x []float64, w [][]float64, act func(float64) float64) []float64 {
	out := make([]float64, len(w[0]))
	for j := range out {
		s := 0.0
		for i := range x {
			s += x[i] * w[i][j]
		}
		out[j] = act(s)
	}
	return out
}

func main() {
	relu := func(x float64) float64 { return math.Max(0, x) }
	schemes := []struct {
		name string
		init Initializer
		act  func(float64) float64
	}{
		{"small gaussian + tanh", gaussian(0.01), math.Tanh},
		{"unit gaussian + tanh", gaussian(1.0), math.Tanh},
		{"xavier + tanh", xavier, math.Tanh},
		{"xavier + relu", xavier, relu},
		{"he + relu", he, relu},
	}
	const width, depth = 100, 6
	for _, s := range schemes {
		rng := rand.New(rand.NewPCG(7, 7))
		x := make([]float64, width)
		for i := range x {
			x[i] = rng.NormFloat64()
		}
		fmt.Printf("%s:\n", s.name)
		for l := 1; l <= depth; l++ {
			w := s.init(width, width, rng)
			x = forward(x, w, s.act)
			m, sd := stats(x)
			fmt.Printf("  layer %d mean %+.5f std %.5f\n", l, m, sd)
		}
	}
	var fn Initializer = he
	fmt.Printf("%T\n", fn)
}
