package main

import (
	"fmt"
	"math"
)

type Matrix [][]float64

func (m Matrix) MulVec(v []float64) []float64 {
	out := make([]float64, len(m))
	for i, row := range m {
		for j, x := range row {
			out[i] += x * v[j]
		}
	}
	return out
}

func norm(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

func covariance(data [][]float64) Matrix {
	n, d := len(data), len(data[0])
	mean := make([]float64, d)
	for _, r := range data {
		for j, x := range r {
			mean[j] += x / float64(n)
		}
	}
	c := make(Matrix, d)
	for i := range c {
		c[i] = make([]float64, d)
		for j := range c[i] {
			for _, r := range data {
				c[i][j] += (r[i] - mean[i]) * (r[j] - mean[j])
			}
			c[i][j] /= float64(n - 1)
		}
	}
	return c
}

func powerIter(m Matrix, iters int) (float64, []float64) {
	v := make([]float64, len(m))
	for i := range v {
		v[i] = 1
	}
	var lambda float64
	for k := 0; k < iters; k++ {
		w := m.MulVec(v)
		lambda = norm(w)
		for i := range w {
			w[i] /= lambda
		}
		v = w
	}
	return lambda, v
}

func deflate(m Matrix, lambda float64, v []float64) Matrix {
	out := make(Matrix, len(m))
	for i := range m {
		out[i] = make([]float64, len(m))
		for j := range m {
			out[i][j] = m[i][j] - lambda*v[i]*v[j]
		}
	}
	return out
}

func main() {
	data := [][]float64{
		{2.5, 2.4, 0.5}, {0.5, 0.7, 1.1}, {2.2, 2.9, 0.4}, {1.9, 2.2, 0.9},
		{3.1, 3.0, 0.3}, {2.3, 2.7, 0.6}, {2.0, 1.6, 1.0}, {1.0, 1.1, 1.2},
	}
	c := covariance(data)
	fmt.Println("covariance:")
	for _, row := range c {
		for _, x := range row {
			fmt.Printf("%9.5f", x)
		}
		fmt.Println()
	}
	total := c[0][0] + c[1][1] + c[2][2]
	m := c
	for k := 1; k <= 3; k++ {
		l, v := powerIter(m, 200)
		if v[0] < 0 {
			for i := range v {
				v[i] = -v[i]
			}
		}
		fmt.Printf("PC%d lambda=%.5f explained=%5.1f%% v=[% .4f]\n", k, l, 100*l/total, v)
		m = deflate(m, l, v)
	}
}
