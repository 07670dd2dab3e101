// Exercises: PCA by power iteration on a covariance matrix, deflation, named matrix type with methods
package main

import (
	"fmt"
	"math"
)

type Mat [][]float64

func (m Mat) MulVec(v []float64) []float64 {
	out := make([]float64, len(m))
	for i, row := range m {
		for j, x := range row {
			out[i] += x * v[j]
		}
	}
	return out
}

func power(m Mat) (float64, []float64) {
	v := make([]float64, len(m))
	for i := range v {
		v[i] = 1
	}
	var lambda float64
	for it := 0; it < 200; it++ {
		w := m.MulVec(v)
		lambda = 0
		for _, x := range w {
			lambda += x * x
		}
		lambda = math.Sqrt(lambda)
		for i := range w {
			w[i] /= lambda
		}
		v = w
	}
	return lambda, v
}

func main() {
	data := [][]float64{{2.5, 2.4, 0.5}, {0.5, 0.7, 1.1}, {2.2, 2.9, 0.4}, {1.9, 2.2, 0.9}, {3.1, 3.0, 0.2}, {2.3, 2.7, 0.6}}
	d := len(data[0])
	mean := make([]float64, d)
	for _, r := range data {
		for j := range r {
			mean[j] += r[j] / float64(len(data))
		}
	}
	cov := make(Mat, d)
	for i := range cov {
		cov[i] = make([]float64, d)
		for j := range cov[i] {
			for _, r := range data {
				cov[i][j] += (r[i] - mean[i]) * (r[j] - mean[j]) / float64(len(data)-1)
			}
		}
	}
	for k := 0; k < 2; k++ {
		l, v := power(cov)
		fmt.Printf("component %d: lambda=%.5f v=%.4f\n", k, l, v)
		for i := range cov {
			for j := range cov[i] {
				cov[i][j] -= l * v[i] * v[j]
			}
		}
	}
}
