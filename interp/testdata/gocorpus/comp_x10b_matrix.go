// Exercises: 2-D slices allocated row by row and as one backing array, matrix multiply, transpose, copy semantics of inner slices, %v of nested slices and arrays
package main

import "fmt"

type Matrix [][]float64

func New(r, c int) Matrix {
	backing := make([]float64, r*c)
	m := make(Matrix, r)
	for i := range m {
		m[i] = backing[i*c : (i+1)*c]
	}
	return m
}

func (m Matrix) Mul(n Matrix) Matrix {
	out := New(len(m), len(n[0]))
	for i := range m {
		for j := range n[0] {
			for k := range n {
				out[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return out
}

func (m Matrix) T() Matrix {
	out := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := a.T()
	fmt.Println(b)
	fmt.Println(a.Mul(b), b.Mul(a))
	shallow := make(Matrix, len(a))
	copy(shallow, a)
	shallow[0][0] = 100
	fmt.Println(a[0][0])
	deep := make(Matrix, len(a))
	for i := range a {
		deep[i] = append([]float64(nil), a[i]...)
	}
	deep[1][1] = -1
	fmt.Println(a[1][1], deep)
	m := New(2, 2)
	m[0] = append(m[0], 9)
	fmt.Println(m, len(m[0]))
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	id := [2][2]int{{1, 0}, {0, 1}}
	fmt.Printf("%v %T\n", id, id)
}
