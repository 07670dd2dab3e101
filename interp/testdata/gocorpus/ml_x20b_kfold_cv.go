package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

type Fold struct{ Train, Test []int }

func KFold(n, k int, r *rand.Rand) []Fold {
	idx := r.Perm(n)
	folds := make([]Fold, k)
	size := n / k
	for f := 0; f < k; f++ {
		lo, hi := f*size, (f+1)*size
		if f == k-1 {
			hi = n
		}
		folds[f].Test = slices.Clone(idx[lo:hi])
		folds[f].Train = append(slices.Clone(idx[:lo]), idx[hi:]...)
		slices.Sort(folds[f].Test)
	}
	return folds
}

// ridge regression in 1D, closed form
func fitRidge(x, y []float64, lambda float64) (w, b float64) {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i] / n
		my += y[i] / n
	}
	var sxy, sxx float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sxx += (x[i] - mx) * (x[i] - mx)
	}
	w = sxy / (sxx + lambda)
	b = my - w*mx
	return
}

func gather(src []float64, idx []int) []float64 {
	out := make([]float64, len(idx))
	for i, j := range idx {
		out[i] = src[j]
	}
	return out
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	n := 30
	x, y := make([]float64, n), make([]float64, n)
	for i := range n {
		x[i] = float64(i) / 3
		y[i] = 1.5*x[i] + 2 + r.NormFloat64()
	}
	folds := KFold(n, 5, r)
	fmt.Println("fold0 test:", folds[0].Test)
	type result struct {
		lambda, mse float64
	}
	var results []result
	for _, lambda := range []float64{0, 1, 10, 100, 1000} {
		total := 0.0
		for _, f := range folds {
			w, b := fitRidge(gather(x, f.Train), gather(y, f.Train), lambda)
			for _, i := range f.Test {
				d := w*x[i] + b - y[i]
				total += d * d
			}
		}
		results = append(results, result{lambda, total / float64(n)})
	}
	for _, res := range results {
		fmt.Printf("lambda=%6.1f cv-mse=%.4f\n", res.lambda, res.mse)
	}
	best := slices.MinFunc(results, func(a, b result) int {
		if a.mse < b.mse {
			return -1
		} else if a.mse > b.mse {
			return 1
		}
		return 0
	})
	w, b := fitRidge(x, y, best.lambda)
	fmt.Printf("best lambda=%.1f w=%.4f b=%.4f rmse=%.4f\n", best.lambda, w, b, math.Sqrt(best.mse))
}
