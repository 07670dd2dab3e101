// Exercises: affine layer forward returning a cache struct, backward from the cache with named results, numeric check of dx, dw, db
package main

import (
	"fmt"
	"math"
)

type Cache struct {
	X, W    []float64
	N, D, M int
}

func affineForward(x, w, b []float64, n, d, m int) ([]float64, Cache) {
	out := make([]float64, n*m)
	for k := range out {
		out[k] = b[k%m]
		for t := 0; t < d; t++ {
			out[k] += x[k/m*d+t] * w[t*m+k%m]
		}
	}
	return out, Cache{x, w, n, d, m}
}

func affineBackward(dout []float64, c Cache) (dx, dw, db []float64) {
	dx, dw, db = make([]float64, c.N*c.D), make([]float64, c.D*c.M), make([]float64, c.M)
	for i := 0; i < c.N; i++ {
		for j := 0; j < c.M; j++ {
			g := dout[i*c.M+j]
			db[j] += g
			for k := 0; k < c.D; k++ {
				dx[i*c.D+k] += g * c.W[k*c.M+j]
				dw[k*c.M+j] += g * c.X[i*c.D+k]
			}
		}
	}
	return
}

func main() {
	n, d, m := 2, 3, 2
	x, w := []float64{0.5, -1, 2, 1.5, 0, -0.5}, []float64{0.1, 0.2, -0.3, 0.4, 0.5, -0.6}
	b, dout := []float64{0.01, -0.02}, []float64{1, -2, 0.5, 3}
	loss := func() (s float64) { // sum(out * dout) has gradient dout w.r.t. out
		out, _ := affineForward(x, w, b, n, d, m)
		for i := range out {
			s += out[i] * dout[i]
		}
		return
	}
	out, cache := affineForward(x, w, b, n, d, m)
	dx, dw, db := affineBackward(dout, cache)
	fmt.Printf("out %.3f\n", out)
	for _, c := range []struct {
		name string
		a, p []float64
	}{{"dx", dx, x}, {"dw", dw, w}, {"db", db, b}} {
		worst := 0.0
		for i, old := range c.p {
			c.p[i] = old + 1e-5
			lp := loss()
			c.p[i] = old - 1e-5
			lm := loss()
			c.p[i] = old
			worst = math.Max(worst, math.Abs((lp-lm)/2e-5-c.a[i]))
		}
		fmt.Printf("%s %.3f ok=%t\n", c.name, c.a, worst < 1e-8)
	}
}
