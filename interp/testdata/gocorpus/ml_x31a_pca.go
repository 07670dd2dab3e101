package main

import (
	"fmt"
	"math"
)

func covariance(X [][]float64) ([][]float64, []float64) {
	n, d := len(X), len(X[0])
	mean := make([]float64, d)
	for _, x := range X {
		for j, v := range x {
			mean[j] += v / float64(n)
		}
	}
	C := make([][]float64, d)
	for i := range C {
		C[i] = make([]float64, d)
	}
	for _, x := range X {
		for i := 0; i < d; i++ {
			for j := 0; j < d; j++ {
				C[i][j] += (x[i] - mean[i]) * (x[j] - mean[j]) / float64(n-1)
			}
		}
	}
	return C, mean
}

func matVec(A [][]float64, v []float64) []float64 {
	out := make([]float64, len(A))
	for i := range A {
		for j := range v {
			out[i] += A[i][j] * v[j]
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

// topComponents uses power iteration with deflation.
func topComponents(C [][]float64, k, iters int) (vals []float64, vecs [][]float64) {
	d := len(C)
	A := make([][]float64, d)
	for i := range C {
		A[i] = append([]float64(nil), C[i]...)
	}
	for c := 0; c < k; c++ {
		v := make([]float64, d)
		for i := range v {
			v[i] = 1 / float64(i+1+c)
		}
		normalize(v)
		var lambda float64
		for it := 0; it < iters; it++ {
			w := matVec(A, v)
			lambda = normalize(w)
			v = w
		}
		if v[0] < 0 {
			for i := range v {
				v[i] = -v[i]
			}
		}
		vals = append(vals, lambda)
		vecs = append(vecs, v)
		for i := 0; i < d; i++ {
			for j := 0; j < d; j++ {
				A[i][j] -= lambda * v[i] * v[j]
			}
		}
	}
	return
}

func main() {
	X := [][]float64{
		{2.5, 2.4, 0.5}, {0.5, 0.7, 0.1}, {2.2, 2.9, 0.4}, {1.9, 2.2, 0.6},
		{3.1, 3.0, 0.2}, {2.3, 2.7, 0.3}, {2.0, 1.6, 0.5}, {1.0, 1.1, 0.4},
		{1.5, 1.6, 0.2}, {1.1, 0.9, 0.3},
	}
	C, mean := covariance(X)
	fmt.Printf("mean %.3f\n", mean)
	for _, r := range C {
		fmt.Printf("  %8.5f\n", r)
	}
	vals, vecs := topComponents(C, 2, 200)
	total := 0.0
	for i := range C {
		total += C[i][i]
	}
	for i, v := range vecs {
		fmt.Printf("PC%d lambda=%.5f explained=%.1f%% vec=%.4f\n", i+1, vals[i], 100*vals[i]/total, v)
	}
	for _, x := range X[:3] {
		proj := make([]float64, len(vecs))
		for k, v := range vecs {
			for j := range x {
				proj[k] += (x[j] - mean[j]) * v[j]
			}
		}
		fmt.Printf("%v -> %.4f\n", x, proj)
	}
}
