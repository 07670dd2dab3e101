package main

import (
	"fmt"
	"math"
)

type Vec []float64

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec) Norm() float64 { return math.Sqrt(v.Dot(v)) }

func (v Vec) Scale(a float64) Vec {
	r := make(Vec, len(v))
	for i, x := range v {
		r[i] = a * x
	}
	return r
}

func (v Vec) Sub(w Vec) Vec {
	r := make(Vec, len(v))
	for i := range v {
		r[i] = v[i] - w[i]
	}
	return r
}

func column(a [][]float64, j int) Vec {
	c := make(Vec, len(a))
	for i := range a {
		c[i] = a[i][j]
	}
	return c
}

func qr(a [][]float64) (q []Vec, r [][]float64) {
	n := len(a[0])
	r = make([][]float64, n)
	for i := range r {
		r[i] = make([]float64, n)
	}
	for j := 0; j < n; j++ {
		v := column(a, j)
		for i, qi := range q {
			r[i][j] = qi.Dot(column(a, j))
			v = v.Sub(qi.Scale(r[i][j]))
		}
		r[j][j] = v.Norm()
		q = append(q, v.Scale(1/r[j][j]))
	}
	return
}

func main() {
	a := [][]float64{{12, -51, 4}, {6, 167, -68}, {-4, 24, -41}}
	q, r := qr(a)
	fmt.Println("Q (columns as rows):")
	for _, c := range q {
		for _, x := range c {
			fmt.Printf("%10.5f", x)
		}
		fmt.Println()
	}
	fmt.Println("R:")
	for _, row := range r {
		for _, x := range row {
			if math.Abs(x) < 1e-10 {
				x = 0
			}
			fmt.Printf("%10.4f", x)
		}
		fmt.Println()
	}
	fmt.Printf("q0.q1 = %.2e\n", math.Abs(q[0].Dot(q[1])))
	fmt.Printf("%v\n", Vec{1, 2}.Scale(0.5))
}
