package main

import (
	"errors"
	"fmt"
	"math"
)

type Matrix [][]float64

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Rows() int { return len(m) }
func (m Matrix) Cols() int { return len(m[0]) }

func (m Matrix) Transpose() Matrix {
	t := New(m.Cols(), m.Rows())
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.Cols() != o.Rows() {
		return nil, errors.New("dimension mismatch")
	}
	r := New(m.Rows(), o.Cols())
	for i := 0; i < m.Rows(); i++ {
		for j := 0; j < o.Cols(); j++ {
			for k := 0; k < m.Cols(); k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r, nil
}

func (m Matrix) Det() float64 {
	n := m.Rows()
	if n == 1 {
		return m[0][0]
	}
	if n == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	det := 0.0
	for c := 0; c < n; c++ {
		minor := New(n-1, n-1)
		for i := 1; i < n; i++ {
			cc := 0
			for j := 0; j < n; j++ {
				if j == c {
					continue
				}
				minor[i-1][cc] = m[i][j]
				cc++
			}
		}
		sign := 1 - 2*float64(c%2)
		det += sign * m[0][c] * minor.Det()
	}
	return det
}

func (m Matrix) Print(name string) {
	fmt.Printf("%s (%dx%d):\n", name, m.Rows(), m.Cols())
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%8.2f", v)
		}
		fmt.Println()
	}
}

func spiral(m [][]int) []int {
	var out []int
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				out = append(out, m[bottom][j])
			}
			bottom--
		}
		if left <= right {
			for i := bottom; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	a.Print("A")
	a.Transpose().Print("A^T")
	c, _ := a.Mul(b)
	c.Print("A*B")
	if _, err := a.Mul(a); err != nil {
		fmt.Println("A*A:", err)
	}
	sq := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Println("det:", sq.Det())
	id, _ := sq.Mul(Identity(3))
	fmt.Println(id)
	th := math.Pi / 2
	p, _ := Matrix{{math.Cos(th), -math.Sin(th)}, {math.Sin(th), math.Cos(th)}}.Mul(Matrix{{1}, {0}})
	fmt.Printf("rotated: (%.3f, %.3f)\n", p[0][0], p[1][0])
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*4 + j + 1
		}
	}
	fmt.Println(grid)
	rows := make([][]int, len(grid))
	for i := range grid {
		rows[i] = grid[i][:]
	}
	fmt.Println("spiral:", spiral(rows))
}
