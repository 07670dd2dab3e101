package main

import (
	"fmt"
	"math"
)

func luSolve(a [][]float64, b []float64) []float64 {
	n := len(a)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append([]float64(nil), a[i]...)
	}
	x := append([]float64(nil), b...)
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(m[i][k]) > math.Abs(m[p][k]) {
				p = i
			}
		}
		m[k], m[p] = m[p], m[k]
		x[k], x[p] = x[p], x[k]
		perm[k], perm[p] = perm[p], perm[k]
		for i := k + 1; i < n; i++ {
			f := m[i][k] / m[k][k]
			for j := k; j < n; j++ {
				m[i][j] -= f * m[k][j]
			}
			x[i] -= f * x[k]
		}
	}
	for i := n - 1; i >= 0; i-- {
		for j := i + 1; j < n; j++ {
			x[i] -= m[i][j] * x[j]
		}
		x[i] /= m[i][i]
	}
	return x
}

func rayleigh(a [][]float64, v []float64) float64 {
	num, den := 0.0, 0.0
	for i := range a {
		av := 0.0
		for j := range a[i] {
			av += a[i][j] * v[j]
		}
		num += v[i] * av
		den += v[i] * v[i]
	}
	return num / den
}

func shifted(a [][]float64, mu float64) [][]float64 {
	s := make([][]float64, len(a))
	for i := range a {
		s[i] = append([]float64(nil), a[i]...)
		s[i][i] -= mu
	}
	return s
}

func main() {
	a := [][]float64{{6, 2, 1}, {2, 3, 1}, {1, 1, 1}}
	for _, shift := range []float64{0, 2.5, 8} {
		v := []float64{1, 1, 1}
		var lam float64
		for it := 0; it < 30; it++ {
			w := luSolve(shifted(a, shift), v)
			norm := 0.0
			for _, x := range w {
				norm = math.Max(norm, math.Abs(x))
			}
			for i := range w {
				w[i] /= norm
			}
			v = w
			lam = rayleigh(a, v)
		}
		fmt.Printf("shift %4.1f -> λ = %.8f, v = %7.4f\n", shift, lam, v)
	}
	v := []float64{1, 0, 0}
	mu := rayleigh(a, v)
	for it := 1; it <= 5; it++ {
		w := luSolve(shifted(a, mu), v)
		n := math.Sqrt(w[0]*w[0] + w[1]*w[1] + w[2]*w[2])
		for i := range w {
			w[i] /= n
		}
		v = w
		mu = rayleigh(a, v)
		fmt.Printf("RQI %d: %.12f\n", it, mu)
	}
	fmt.Printf("%e %E %g\n", mu, 1/mu, mu*1e20)
}
