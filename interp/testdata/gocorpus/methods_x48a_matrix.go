package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func NewMatrix(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("size mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	r := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r, nil
}

func (m Matrix) Transpose() Matrix {
	t := NewMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) String() string {
	var lines []string
	for _, row := range m {
		var cells []string
		for _, v := range row {
			cells = append(cells, fmt.Sprintf("%6.1f", v))
		}
		lines = append(lines, "["+strings.Join(cells, " ")+" ]")
	}
	return strings.Join(lines, "\n")
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Println(c, err)
	fmt.Println(a.Transpose())
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	id := Identity(3)
	same, _ := a.Mul(id)
	fmt.Println(same)
	fmt.Printf("%v\n", [][]float64(Identity(2)))
}
