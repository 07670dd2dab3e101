package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

var ErrShape = errors.New("shape mismatch")

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", len(a), len(a[0]), len(b), len(b[0]), ErrShape)
	}
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out, nil
}

func (a Matrix) T() Matrix {
	out := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) Det() float64 {
	n := len(a)
	if n == 1 {
		return a[0][0]
	}
	if n == 2 {
		return a[0][0]*a[1][1] - a[0][1]*a[1][0]
	}
	det := 0.0
	sign := 1.0
	for col := 0; col < n; col++ {
		sub := New(n-1, n-1)
		for i := 1; i < n; i++ {
			k := 0
			for j := 0; j < n; j++ {
				if j == col {
					continue
				}
				sub[i-1][k] = a[i][j]
				k++
			}
		}
		det += sign * a[0][col] * sub.Det()
		sign = -sign
	}
	return det
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	i3, _ := Identity(3).Mul(b)
	fmt.Println(i3.String() == b.String())
	m := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Println("det:", m.Det(), Identity(4).Det())

	grid := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	for _, row := range grid {
		row[0] = 0
	}
	fmt.Println(grid)
	for i := range grid {
		grid[i][0] = 0
	}
	fmt.Println(grid)
	g2 := grid
	g2[1][1] = 99
	fmt.Println(grid[1][1], g2[1][1], grid == g2)

	s := Matrix{{1, 2}, {3, 4}}
	s2 := s
	s2[0][0] = 100
	fmt.Println(s[0][0])
	rows := make([][]int, 3)
	shared := make([]int, 3)
	for i := range rows {
		rows[i] = shared
	}
	rows[0][1] = 7
	fmt.Println(rows)
	var spiral []int
	sq := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	for len(sq) > 0 {
		spiral = append(spiral, sq[0]...)
		sq = sq[1:]
		if len(sq) == 0 {
			break
		}
		nm := make([][]int, len(sq[0]))
		for j := len(sq[0]) - 1; j >= 0; j-- {
			for _, r := range sq {
				nm[len(sq[0])-1-j] = append(nm[len(sq[0])-1-j], r[j])
			}
		}
		sq = nm
	}
	fmt.Println(spiral)
}
