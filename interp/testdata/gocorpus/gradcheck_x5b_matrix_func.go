// Exercises: numerical gradient checker taking a func(Matrix) float64, relative error, mutation and restore
package main

import (
	"fmt"
	"math"
)

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func NumGrad(f func(Matrix) float64, x Matrix, h float64) Matrix {
	g := Matrix{x.Rows, x.Cols, make([]float64, len(x.Data))}
	for i := range x.Data {
		old := x.Data[i]
		x.Data[i] = old + h
		fp := f(x)
		x.Data[i] = old - h
		fm := f(x)
		x.Data[i] = old
		g.Data[i] = (fp - fm) / (2 * h)
	}
	return g
}

func RelErr(a, b Matrix) float64 {
	worst := 0.0
	for i := range a.Data {
		num := math.Abs(a.Data[i] - b.Data[i])
		den := math.Max(1e-12, math.Abs(a.Data[i])+math.Abs(b.Data[i]))
		worst = math.Max(worst, num/den)
	}
	return worst
}

func main() {
	W := Matrix{2, 2, []float64{1, -2, 0.5, 3}}
	// f(W) = sum(W^2) + W00*W11
	f := func(m Matrix) float64 {
		s := 0.0
		for _, v := range m.Data {
			s += v * v
		}
		return s + m.Data[0]*m.Data[3]
	}
	analytic := Matrix{2, 2, make([]float64, 4)}
	for i, v := range W.Data {
		analytic.Data[i] = 2 * v
	}
	analytic.Data[0] += W.Data[3]
	analytic.Data[3] += W.Data[0]
	num := NumGrad(f, W, 1e-5)
	fmt.Printf("analytic %.5f\nnumeric  %.5f\n", analytic.Data, num.Data)
	e := RelErr(analytic, num)
	fmt.Println("rel error below 1e-7:", e < 1e-7, "W restored:", W.Data)
	buggy := analytic
	buggy.Data = append([]float64(nil), analytic.Data...)
	buggy.Data[3] -= W.Data[0]
	fmt.Printf("buggy rel error %.3f\n", RelErr(buggy, num))
	count := 0
	NumGrad(func(m Matrix) float64 { count++; return 0 }, W, 0.1)
	fmt.Println("f evaluated", count, "times")
}
