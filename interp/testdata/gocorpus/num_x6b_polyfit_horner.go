// Exercises: polynomial least-squares fit via Vandermonde normal equations, Horner evaluation, variadic coefficients
package main

import "fmt"

type Poly []float64 // coefficients, lowest degree first

func (p Poly) Eval(x float64) float64 {
	r := 0.0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) String() string {
	s := ""
	for i, c := range p {
		s += fmt.Sprintf(" %+.3fx^%d", c, i)
	}
	return s
}

func fit(xs, ys []float64, deg int) Poly {
	n := deg + 1
	a, b := make([][]float64, n), make([]float64, n)
	for i := range a {
		a[i] = make([]float64, n)
	}
	for k, x := range xs {
		pw := []float64{1}
		for len(pw) < 2*n {
			pw = append(pw, pw[len(pw)-1]*x)
		}
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				a[i][j] += pw[i+j]
			}
			b[i] += pw[i] * ys[k]
		}
	}
	for c := 0; c < n; c++ { // no pivoting: the normal matrix is positive definite
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for j := c; j < n; j++ {
				a[r][j] -= f * a[c][j]
			}
			b[r] -= f * b[c]
		}
	}
	p := make(Poly, n)
	for i := n - 1; i >= 0; i-- {
		for j := i + 1; j < n; j++ {
			b[i] -= a[i][j] * p[j]
		}
		p[i] = b[i] / a[i][i]
	}
	return p
}

func main() {
	truth := Poly{1, -2, 0.5}
	var xs, ys []float64
	for x := -2.0; x <= 3; x += 0.5 {
		xs, ys = append(xs, x), append(ys, truth.Eval(x))
	}
	p := fit(xs, ys, 2)
	fmt.Println(p)
	fmt.Printf("%v | %.4f\n", truth, p.Eval(1.5))
}
