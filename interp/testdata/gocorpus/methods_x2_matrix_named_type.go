// Exercises: methods on a named slice-of-slices type: Mul, Transpose, Identity and a String method.
package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Rows() int { return len(m) }
func (m Matrix) Cols() int { return len(m[0]) }

func (m Matrix) Mul(o Matrix) Matrix {
	out := make(Matrix, m.Rows())
	for i := range out {
		out[i] = make([]float64, o.Cols())
		for j := 0; j < o.Cols(); j++ {
			for k := 0; k < m.Cols(); k++ {
				out[i][j] += m[i][k] * o[k][j]
			}
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
			fmt.Fprintf(&b, "%6.2f", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	a := Matrix{{1, 2}, {3, 4}, {5, 6}}
	b := Matrix{{0.5, -1, 2}, {1, 0, 1}}
	fmt.Print(a.Mul(b))
	fmt.Print(b.Mul(a))
	fmt.Print(a.Mul(Identity(2)))
	rot := Matrix{{0, -1}, {1, 0}}
	p := rot.Mul(rot).Mul(Matrix{{1}, {2}})
	fmt.Print(p)
	fmt.Println(p.Rows(), p.Cols())
}
