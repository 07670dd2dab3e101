package main

import (
	"fmt"
	"math"
)

type VecFn func([]float64) []float64

func jacobian(f VecFn, x []float64) [][]float64 {
	y := f(x)
	J := make([][]float64, len(y))
	for i := range J {
		J[i] = make([]float64, len(x))
	}
	for j := range x {
		xp := append([]float64(nil), x...)
		xp[j] += 1e-6
		xm := append([]float64(nil), x...)
		xm[j] -= 1e-6
		fp, fm := f(xp), f(xm)
		for i := range y {
			J[i][j] = (fp[i] - fm[i]) / 2e-6
		}
	}
	return J
}

func vjp(J [][]float64, v []float64) []float64 {
	out := make([]float64, len(J[0]))
	for i := range J {
		for j := range J[i] {
			out[j] += v[i] * J[i][j]
		}
	}
	return out
}

func main() {
	W := [][]float64{{1, 2, 0}, {-1, 0.5, 3}}
	lin := func(x []float64) []float64 {
		y := make([]float64, len(W))
		for i := range W {
			for j := range x {
				y[i] += W[i][j] * x[j]
			}
		}
		return y
	}
	tanh := func(x []float64) []float64 {
		y := make([]float64, len(x))
		for i := range x {
			y[i] = math.Tanh(x[i])
		}
		return y
	}
	compose := func(fs ...VecFn) VecFn {
		return func(x []float64) []float64 {
			for _, f := range fs {
				x = f(x)
			}
			return x
		}
	}
	x := []float64{0.2, -0.4, 0.1}
	J1 := jacobian(lin, x)
	J2 := jacobian(tanh, lin(x))
	Jc := jacobian(compose(lin, tanh), x)
	v := []float64{1, -2}
	back := vjp(J1, vjp(J2, v))
	direct := vjp(Jc, v)
	for j := range x {
		fmt.Printf("j=%d chain=%8.5f direct=%8.5f W^T=%5.2f\n", j, back[j], direct[j], J1[0][j])
	}
	fmt.Printf("J2 diag: %.4f %.4f off: %.4f\n", J2[0][0], J2[1][1], math.Abs(J2[0][1]))
}
