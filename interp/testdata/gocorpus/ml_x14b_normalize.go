package main

import (
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

func (m Matrix) Col(j int) []float64 {
	out := make([]float64, len(m))
	for i := range m {
		out[i] = m[i][j]
	}
	return out
}

func meanStd(xs []float64) (mean, std float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		std += (x - mean) * (x - mean)
	}
	std = math.Sqrt(std / float64(len(xs)))
	return
}

func minMax(xs []float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

type Scaler func(col []float64) func(float64) float64

var scalers = map[string]Scaler{
	"zscore": func(col []float64) func(float64) float64 {
		m, s := meanStd(col)
		return func(x float64) float64 { return (x - m) / s }
	},
	"minmax": func(col []float64) func(float64) float64 {
		lo, hi := minMax(col)
		return func(x float64) float64 { return (x - lo) / (hi - lo) }
	},
}

func (m Matrix) Transform(name string) Matrix {
	out := make(Matrix, len(m))
	for i := range out {
		out[i] = make([]float64, len(m[i]))
	}
	for j := range m[0] {
		f := scalers[name](m.Col(j))
		for i := range m {
			out[i][j] = f(m[i][j])
		}
	}
	return out
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%8.4f", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	data := Matrix{{170, 65, 30}, {160, 72, 25}, {180, 80, 40}, {175, 68, 35}, {165, 90, 28}}
	for _, name := range []string{"minmax", "zscore"} {
		fmt.Println(name + ":")
		fmt.Print(data.Transform(name))
	}
	m, s := meanStd(data.Transform("zscore").Col(1))
	fmt.Printf("check mean=%.3f std=%.3f\n", math.Abs(m), s)
}
