package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Matrix [][]int

func New(s string) (Matrix, error) {
	lines := strings.Split(s, "\n")
	m := make(Matrix, len(lines))
	cols := -1
	for i, line := range lines {
		fields := strings.Fields(line)
		if cols == -1 {
			cols = len(fields)
		} else if len(fields) != cols {
			return nil, errors.New("ragged matrix")
		}
		m[i] = make([]int, cols)
		for j, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("row %d col %d: %w", i, j, err)
			}
			m[i][j] = n
		}
	}
	return m, nil
}

func (m Matrix) Rows() [][]int {
	out := make([][]int, len(m))
	for i, r := range m {
		out[i] = append([]int(nil), r...)
	}
	return out
}

func (m Matrix) Cols() [][]int {
	if len(m) == 0 {
		return nil
	}
	out := make([][]int, len(m[0]))
	for j := range out {
		out[j] = make([]int, len(m))
		for i := range m {
			out[j][i] = m[i][j]
		}
	}
	return out
}

func (m Matrix) Set(r, c, v int) bool {
	if r < 0 || r >= len(m) || c < 0 || c >= len(m[r]) {
		return false
	}
	m[r][c] = v
	return true
}

func (m Matrix) Saddle() [][2]int {
	var pts [][2]int
	cols := m.Cols()
	for i, row := range m {
		for j, v := range row {
			if v == maxOf(row) && v == minOf(cols[j]) {
				pts = append(pts, [2]int{i + 1, j + 1})
			}
		}
	}
	return pts
}

func maxOf(xs []int) int { return fold(xs, func(a, b int) bool { return b > a }) }
func minOf(xs []int) int { return fold(xs, func(a, b int) bool { return b < a }) }
func fold(xs []int, better func(a, b int) bool) int {
	r := xs[0]
	for _, x := range xs[1:] {
		if better(r, x) {
			r = x
		}
	}
	return r
}

func main() {
	m, err := New("9 8 7\n5 3 2\n6 6 7")
	fmt.Println(m, err)
	fmt.Println(m.Rows(), m.Cols())
	rows := m.Rows()
	rows[0][0] = 100
	fmt.Println(m[0][0], m.Set(1, 1, 42), m.Set(3, 0, 1), m)
	fmt.Println("saddle:", m.Saddle())
	m2, _ := New("5 5\n5 5")
	fmt.Println("saddle:", m2.Saddle())
	_, err = New("1 2\n3")
	fmt.Println(err)
	_, err = New("1 2\n3 x")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
}
