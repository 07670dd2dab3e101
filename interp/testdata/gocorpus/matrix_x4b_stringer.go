// Exercises: Matrix type on [][]float64 with a String method, Stringer in slices and struct fields, MatMul and Transpose
package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func (m Matrix) String() string {
	var b strings.Builder
	for i, row := range m {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("[")
		for _, v := range row {
			fmt.Fprintf(&b, " %6.2f", v)
		}
		b.WriteString(" ]")
	}
	return b.String()
}
func (m Matrix) T() Matrix {
	t := make(Matrix, len(m[0]))
	for j := range t {
		t[j] = make([]float64, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}
func MatMul(a, b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i, row := range a {
		out[i] = make([]float64, len(b[0]))
		for k, aik := range row { // i-k-j order: the inner loop walks a row of b
			for j, bkj := range b[k] {
				out[i][j] += aik * bkj
			}
		}
	}
	return out
}

type Named struct {
	Name string
	M    Matrix
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(a)
	fmt.Println(MatMul(a, a.T()))
	fmt.Printf("%v|%s\n", a.T(), Matrix{{0.5}})
	fmt.Println([]Matrix{{{1}}, {{2, 3}}})
	fmt.Printf("%+v\n", Named{"W", Matrix{{7, 8}}})
}
