package main

import (
	"fmt"
	"math"
)

type LU struct {
	L, U [][]float64
	Perm []int
	Sign int
}

func zeros(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	return m
}

func Decompose(a [][]float64) (lu LU, ok bool) {
	n := len(a)
	u := zeros(n)
	for i := range a {
		copy(u[i], a[i])
	}
	l := zeros(n)
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	sign := 1
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(u[i][k]) > math.Abs(u[p][k]) {
				p = i
			}
		}
		if u[p][k] == 0 {
			return LU{}, false
		}
		if p != k {
			u[p], u[k] = u[k], u[p]
			l[p], l[k] = l[k], l[p]
			perm[p], perm[k] = perm[k], perm[p]
			sign = -sign
		}
		for i := k + 1; i < n; i++ {
			f := u[i][k] / u[k][k]
			l[i][k] = f
			for j := k; j < n; j++ {
				u[i][j] -= f * u[k][j]
			}
		}
	}
	for i := range l {
		l[i][i] = 1
	}
	return LU{l, u, perm, sign}, true
}

func (d LU) Det() float64 {
	det := float64(d.Sign)
	for i := range d.U {
		det *= d.U[i][i]
	}
	return det
}

func (d LU) Solve(b []float64) []float64 {
	n := len(b)
	y := make([]float64, n)
	for i := 0; i < n; i++ {
		y[i] = b[d.Perm[i]]
		for j := 0; j < i; j++ {
			y[i] -= d.L[i][j] * y[j]
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		x[i] = y[i]
		for j := i + 1; j < n; j++ {
			x[i] -= d.U[i][j] * x[j]
		}
		x[i] /= d.U[i][i]
	}
	return x
}

func (d LU) Inverse() [][]float64 {
	n := len(d.U)
	inv := zeros(n)
	for c := 0; c < n; c++ {
		e := make([]float64, n)
		e[c] = 1
		col := d.Solve(e)
		for r := range col {
			inv[r][c] = col[r]
		}
	}
	return inv
}

func main() {
	a := [][]float64{{2, -1, 0, 3}, {1, 3, 2, -1}, {4, 0, -2, 1}, {0, 2, 1, 5}}
	d, ok := Decompose(a)
	fmt.Println("ok:", ok, "perm:", d.Perm, "sign:", d.Sign)
	fmt.Printf("det = %.6f\n", d.Det())
	for _, row := range d.Inverse() {
		fmt.Printf("%9.5f\n", row)
	}
	fmt.Printf("x = %.6f\n", d.Solve([]float64{1, 2, 3, 4}))
	_, ok = Decompose([][]float64{{1, 2}, {2, 4}})
	fmt.Println("singular ok:", ok)
}
