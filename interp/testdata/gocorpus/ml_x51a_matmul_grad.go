package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Shape() (int, int) { return len(m), len(m[0]) }

func (m Matrix) T() Matrix {
	r, c := m.Shape()
	t := New(c, r)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func MatMul(a, b Matrix) Matrix {
	ar, ac := a.Shape()
	br, bc := b.Shape()
	if ac != br {
		panic(fmt.Sprintf("shape mismatch %dx%d * %dx%d", ar, ac, br, bc))
	}
	out := New(ar, bc)
	for i := 0; i < ar; i++ {
		for k := 0; k < ac; k++ {
			for j := 0; j < bc; j++ {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func sum(m Matrix) float64 {
	s := 0.0
	for _, row := range m {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func ones(r, c int) Matrix {
	m := New(r, c)
	for i := range m {
		for j := range m[i] {
			m[i][j] = 1
		}
	}
	return m
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	rnd := func(r, c int) Matrix {
		m := New(r, c)
		for i := range m {
			for j := range m[i] {
				m[i][j] = math.Round((rng.Float64()*2-1)*100) / 100
			}
		}
		return m
	}
	A, B := rnd(2, 3), rnd(3, 2)
	// L = sum(A @ B); dL/dA = G @ B^T, dL/dB = A^T @ G with G = ones
	G := ones(2, 2)
	dA := MatMul(G, B.T())
	dB := MatMul(A.T(), G)
	h := 1e-6
	fmt.Println("   param   analytic    numeric   rel.err")
	check := func(name string, P, D Matrix) {
		for i := range P {
			for j := range P[i] {
				old := P[i][j]
				P[i][j] = old + h
				lp := sum(MatMul(A, B))
				P[i][j] = old - h
				lm := sum(MatMul(A, B))
				P[i][j] = old
				num := (lp - lm) / (2 * h)
				rel := math.Abs(num-D[i][j]) / math.Max(1e-8, math.Abs(num)+math.Abs(D[i][j]))
				fmt.Printf("%s[%d][%d] %10.4f %10.4f %9.1e\n", name, i, j, D[i][j], num, math.Min(rel, 1e-3))
			}
		}
	}
	check("A", A, dA)
	check("B", B, dB)
	r, c := dA.Shape()
	fmt.Printf("dA shape %dx%d, dB shape %dx%d\n", r, c, len(dB), len(dB[0]))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	MatMul(A, A)
}
