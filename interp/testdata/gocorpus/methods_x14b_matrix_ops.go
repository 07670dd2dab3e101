package main

import (
	"fmt"
	"math"
	"strings"
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
func (v Vec) Scale(k float64) Vec {
	out := make(Vec, len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}
func (v Vec) Sub(w Vec) Vec {
	out := make(Vec, len(v))
	for i := range v {
		out[i] = v[i] - w[i]
	}
	return out
}

type Mat struct {
	r, c int
	d    []float64
}

func Identity(n int) *Mat {
	m := &Mat{n, n, make([]float64, n*n)}
	for i := range n {
		m.d[i*n+i] = 1
	}
	return m
}

func (m *Mat) Row(i int) Vec { return Vec(m.d[i*m.c : (i+1)*m.c]) }

func (m *Mat) MulVec(v Vec) Vec {
	out := make(Vec, m.r)
	for i := range m.r {
		out[i] = m.Row(i).Dot(v)
	}
	return out
}

func (m Mat) String() string {
	var sb strings.Builder
	for i := range m.r {
		fmt.Fprintf(&sb, "%6.3f\n", m.Row(i))
	}
	return sb.String()
}

// power iteration for dominant eigenvalue
func (m *Mat) PowerIter(iters int) (float64, Vec) {
	v := make(Vec, m.c)
	for i := range v {
		v[i] = 1
	}
	var lambda float64
	for range iters {
		w := m.MulVec(v)
		lambda = w.Norm() / v.Norm()
		v = w.Scale(1 / w.Norm())
	}
	return lambda, v
}

func main() {
	a := &Mat{3, 3, []float64{4, 1, 0, 1, 3, 1, 0, 1, 2}}
	fmt.Print(a)
	fmt.Print(Identity(2))
	l, v := a.PowerIter(100)
	fmt.Printf("lambda=%.6f v=%.4f\n", l, v)
	resid := a.MulVec(v).Sub(v.Scale(l))
	fmt.Printf("residual %.2e\n", resid.Norm())
	r := a.Row(1)
	r[0] = 99
	fmt.Println(a.d[3], Vec{3, 4}.Norm())
}
