package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type XY struct{ X, Y float64 }

func fitRidge(train []XY, lambda float64) (w, b float64) {
	var mx, my float64
	for _, p := range train {
		mx += p.X
		my += p.Y
	}
	n := float64(len(train))
	mx, my = mx/n, my/n
	var sxy, sxx float64
	for _, p := range train {
		sxy += (p.X - mx) * (p.Y - my)
		sxx += (p.X - mx) * (p.X - mx)
	}
	w = sxy / (sxx + lambda)
	b = my - w*mx
	return
}

func mse(data []XY, w, b float64) float64 {
	s := 0.0
	for _, p := range data {
		d := w*p.X + b - p.Y
		s += d * d
	}
	return s / float64(len(data))
}

func main() {
	r := rand.New(rand.NewPCG(5, 6))
	data := make([]XY, 20)
	for i := range data {
		x := float64(i) / 4
		data[i] = XY{x, 1.5*x - 2 + r.NormFloat64()*0.5}
	}
	r.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
	folds := slices.Collect(slices.Chunk(data, 5))
	fmt.Println("folds:", len(folds), "sizes:", len(folds[0]), len(folds[len(folds)-1]))
	type result struct {
		lambda float64
		cv     float64
	}
	var results []result
	for _, lambda := range []float64{0, 0.1, 1, 10, 100} {
		total := 0.0
		for k, val := range folds {
			var train []XY
			for j, f := range folds {
				if j != k {
					train = append(train, f...)
				}
			}
			w, b := fitRidge(train, lambda)
			total += mse(val, w, b)
		}
		results = append(results, result{lambda, total / float64(len(folds))})
	}
	slices.SortStableFunc(results, func(a, b result) int {
		if a.cv < b.cv {
			return -1
		}
		if a.cv > b.cv {
			return 1
		}
		return 0
	})
	for _, res := range results {
		fmt.Printf("lambda=%-5v cv mse=%.4f\n", res.lambda, res.cv)
	}
	w, b := fitRidge(data, results[0].lambda)
	fmt.Printf("best lambda %v: w=%.3f b=%.3f\n", results[0].lambda, w, b)
	xs := make([]float64, 0, len(data))
	for _, p := range data {
		xs = append(xs, p.X)
	}
	slices.Sort(xs)
	fmt.Println(xs[:4], slices.Contains(xs, 2.5), slices.Index(xs, 1.0))
}
