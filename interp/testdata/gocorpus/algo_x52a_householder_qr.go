package main

import (
	"fmt"
	"math"
)

func householderQR(a [][]float64) (q, r [][]float64) {
	m, n := len(a), len(a[0])
	r = make([][]float64, m)
	for i := range a {
		r[i] = append([]float64(nil), a[i]...)
	}
	q = make([][]float64, m)
	for i := range q {
		q[i] = make([]float64, m)
		q[i][i] = 1
	}
	for k := 0; k < n && k < m-1; k++ {
		norm := 0.0
		for i := k; i < m; i++ {
			norm += r[i][k] * r[i][k]
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			continue
		}
		alpha := -math.Copysign(norm, r[k][k])
		v := make([]float64, m)
		for i := k; i < m; i++ {
			v[i] = r[i][k]
		}
		v[k] -= alpha
		vv := 0.0
		for _, x := range v {
			vv += x * x
		}
		apply := func(mat [][]float64, cols int, left bool) {
			for j := 0; j < cols; j++ {
				s := 0.0
				for i := k; i < m; i++ {
					if left {
						s += v[i] * mat[i][j]
					} else {
						s += v[i] * mat[j][i]
					}
				}
				s *= 2 / vv
				for i := k; i < m; i++ {
					if left {
						mat[i][j] -= s * v[i]
					} else {
						mat[j][i] -= s * v[i]
					}
				}
			}
		}
		apply(r, n, true)
		apply(q, m, false)
	}
	return
}

func show(name string, m [][]float64) {
	fmt.Println(name + ":")
	for _, row := range m {
		for _, x := range row {
			if math.Abs(x) < 5e-13 {
				x = 0
			}
			fmt.Printf("%10.5f", x)
		}
		fmt.Println()
	}
}

func main() {
	a := [][]float64{{1, -1, 4}, {1, 4, -2}, {1, 4, 2}, {1, -1, 0}}
	q, r := householderQR(a)
	show("Q", q)
	show("R", r)
	maxErr := 0.0
	for i := range a {
		for j := range a[0] {
			s := 0.0
			for k := range q {
				s += q[i][k] * r[k][j]
			}
			maxErr = math.Max(maxErr, math.Abs(s-a[i][j]))
		}
	}
	fmt.Println("reconstruction ok:", maxErr < 1e-12)
}
