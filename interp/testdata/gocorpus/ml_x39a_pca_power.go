package main

import (
	"fmt"
	"math"
	"strings"
)

func covariance(X [][]float64) ([][]float64, []float64) {
	n, d := len(X), len(X[0])
	mean := make([]float64, d)
	for _, row := range X {
		for j, v := range row {
			mean[j] += v / float64(n)
		}
	}
	C := make([][]float64, d)
	for i := range C {
		C[i] = make([]float64, d)
		for j := range C[i] {
			for _, row := range X {
				C[i][j] += (row[i] - mean[i]) * (row[j] - mean[j])
			}
			C[i][j] /= float64(n - 1)
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
	var s float64
	for _, x := range v {
		s += x * x
	}
	n := math.Sqrt(s)
	for i := range v {
		v[i] /= n
	}
	return n
}

// powerIteration returns the dominant eigenpair of a symmetric matrix.
func powerIteration(A [][]float64, iters int) (float64, []float64) {
	v := make([]float64, len(A))
	for i := range v {
		v[i] = 1 / float64(i+1)
	}
	normalize(v)
	var lambda float64
	for k := 0; k < iters; k++ {
		w := matVec(A, v)
		lambda = normalize(w)
		v = w
	}
	// fix the sign so the largest component is positive
	big := 0
	for i := range v {
		if math.Abs(v[i]) > math.Abs(v[big]) {
			big = i
		}
	}
	if v[big] < 0 {
		for i := range v {
			v[i] = -v[i]
		}
	}
	return lambda, v
}

func deflate(A [][]float64, lambda float64, v []float64) {
	for i := range A {
		for j := range A[i] {
			A[i][j] -= lambda * v[i] * v[j]
		}
	}
}

func main() {
	X := [][]float64{
		{2.5, 2.4, 0.5}, {0.5, 0.7, 1.1}, {2.2, 2.9, 0.4}, {1.9, 2.2, 0.8},
		{3.1, 3.0, 0.2}, {2.3, 2.7, 0.6}, {2.0, 1.6, 0.9}, {1.0, 1.1, 1.3},
		{1.5, 1.6, 1.0}, {1.1, 0.9, 1.2},
	}
	C, mean := covariance(X)
	fmt.Printf("mean: %.3f\n", mean)
	for _, row := range C {
		fmt.Printf("  %8.4f\n", row)
	}
	var trace float64
	for i := range C {
		trace += C[i][i]
	}
	var comps [][]float64
	for k := 0; k < 3; k++ {
		lambda, v := powerIteration(C, 500)
		comps = append(comps, v)
		fmt.Printf("PC%d: lambda=%.4f explained=%5.1f%% v=%.4f\n", k+1, lambda, 100*lambda/trace, v)
		deflate(C, lambda, v)
	}
	fmt.Println("projection onto PC1, PC2:")
	for i, row := range X[:5] {
		c := make([]float64, len(row))
		for j := range row {
			c[j] = row[j] - mean[j]
		}
		p1, p2 := 0.0, 0.0
		for j := range c {
			p1 += c[j] * comps[0][j]
			p2 += c[j] * comps[1][j]
		}
		bar := strings.Repeat("=", int(math.Round((p1+3)*4)))
		fmt.Printf("  x%d  %7.3f %7.3f %s\n", i, p1, p2, bar)
	}
	var dot float64
	for j := range comps[0] {
		dot += comps[0][j] * comps[1][j]
	}
	fmt.Printf("PC1.PC2 ~ 0: %v\n", math.Abs(dot) < 1e-6)
}
