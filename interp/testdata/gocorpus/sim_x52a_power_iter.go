package main

import (
	"fmt"
	"math"
)

type Result struct {
	Lambda float64
	Vector []float64
	Iters  int
}

func (r Result) String() string {
	return fmt.Sprintf("λ=%.6f after %d iters, v=%.4f", r.Lambda, r.Iters, r.Vector)
}

func mulVec(a [][]float64, v []float64) []float64 {
	out := make([]float64, len(a))
	for i, row := range a {
		for j, x := range row {
			out[i] += x * v[j]
		}
	}
	return out
}

func normalize(v []float64) float64 {
	n := 0.0
	for _, x := range v {
		n += x * x
	}
	n = math.Sqrt(n)
	for i := range v {
		v[i] /= n
	}
	return n
}

func power(a [][]float64, tol float64, maxIter int) Result {
	v := make([]float64, len(a))
	for i := range v {
		v[i] = 1
	}
	normalize(v)
	lam := 0.0
	for it := 1; it <= maxIter; it++ {
		w := mulVec(a, v)
		newLam := 0.0
		for i := range w {
			newLam += v[i] * w[i]
		}
		normalize(w)
		v = w
		if math.Abs(newLam-lam) < tol {
			return Result{newLam, v, it}
		}
		lam = newLam
	}
	return Result{lam, v, maxIter}
}

func main() {
	a := [][]float64{{2, 1, 0}, {1, 3, 1}, {0, 1, 4}}
	r := power(a, 1e-10, 500)
	fmt.Println(r)
	b := [][]float64{{4, 1}, {2, 3}}
	fmt.Printf("%v\n", power(b, 1e-12, 1000))
	var s fmt.Stringer = power([][]float64{{1, 0}, {0, 1}}, 1e-9, 10)
	fmt.Printf("%T: %s\n", s, s)
}
