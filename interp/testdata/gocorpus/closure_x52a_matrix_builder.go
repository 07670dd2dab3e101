package main

import (
	"fmt"
	"math"
)

type Mat [][]float64

func Build(n, m int, f func(i, j int) float64) Mat {
	a := make(Mat, n)
	for i := range a {
		a[i] = make([]float64, m)
		for j := range a[i] {
			a[i][j] = f(i, j)
		}
	}
	return a
}

func (a Mat) Map(f func(float64) float64) Mat {
	return Build(len(a), len(a[0]), func(i, j int) float64 { return f(a[i][j]) })
}

func (a Mat) Print(label string) {
	fmt.Printf("%s (%dx%d)\n", label, len(a), len(a[0]))
	for _, r := range a {
		for _, v := range r {
			fmt.Printf(" %7.3f", v)
		}
		fmt.Println()
	}
}

func counter() func() float64 {
	c := 0.0
	return func() float64 {
		c++
		return c
	}
}

func main() {
	hilbert := Build(4, 4, func(i, j int) float64 { return 1 / float64(i+j+1) })
	hilbert.Print("Hilbert")
	next := counter()
	seq := Build(3, 4, func(int, int) float64 { return next() })
	seq.Print("Sequential")
	scale := 2.5
	scaled := seq.Map(func(x float64) float64 { return x * scale })
	scale = 100
	scaled.Print("Scaled")
	var ops []func(Mat) Mat
	for _, k := range []float64{1, 2, 3} {
		ops = append(ops, func(m Mat) Mat {
			return m.Map(func(x float64) float64 { return math.Pow(x, k) })
		})
	}
	small := Build(2, 2, func(i, j int) float64 { return float64(i + j + 1) })
	for i, op := range ops {
		op(small).Print(fmt.Sprintf("pow %d", i+1))
	}
	vander := Build(3, 3, func(i, j int) float64 { return math.Pow(float64(i+2), float64(j)) })
	vander.Print("Vandermonde")
}
