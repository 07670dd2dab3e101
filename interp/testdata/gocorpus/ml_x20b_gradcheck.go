package main

import (
	"fmt"
	"math"
)

type Func func(x []float64) float64

func numGrad(f Func, x []float64, h float64) []float64 {
	g := make([]float64, len(x))
	for i := range x {
		old := x[i]
		x[i] = old + h
		fp := f(x)
		x[i] = old - h
		fm := f(x)
		x[i] = old
		g[i] = (fp - fm) / (2 * h)
	}
	return g
}

func relErr(a, b []float64) float64 {
	num, den := 0.0, 0.0
	for i := range a {
		num += (a[i] - b[i]) * (a[i] - b[i])
		den += a[i]*a[i] + b[i]*b[i]
	}
	return math.Sqrt(num) / math.Max(math.Sqrt(den), 1e-12)
}

func main() {
	rosen := func(x []float64) float64 {
		return math.Pow(1-x[0], 2) + 100*math.Pow(x[1]-x[0]*x[0], 2)
	}
	rosenGrad := func(x []float64) []float64 {
		return []float64{
			-2*(1-x[0]) - 400*x[0]*(x[1]-x[0]*x[0]),
			200 * (x[1] - x[0]*x[0]),
		}
	}
	points := [][]float64{{0, 0}, {1, 1}, {-1.5, 2}, {0.3, -0.7}}
	for _, p := range points {
		ng := numGrad(rosen, p, 1e-5)
		ag := rosenGrad(p)
		e := relErr(ng, ag)
		status := "ok"
		if e > 1e-6 {
			status = "FAIL"
		}
		fmt.Printf("x=%v analytic=[%.4f %.4f] numeric=[%.4f %.4f] %s\n", p, ag[0], ag[1], ng[0], ng[1], status)
	}
	sq := Func(func(x []float64) float64 {
		s := 0.0
		for _, v := range x {
			s += math.Sin(v) * v
		}
		return s
	})
	x := []float64{0.1, 0.5, 1.2}
	g := numGrad(sq, x, 1e-6)
	for i, v := range g {
		want := math.Cos(x[i])*x[i] + math.Sin(x[i])
		fmt.Printf("%d %.4f %.4f\n", i, v, want)
	}
}
