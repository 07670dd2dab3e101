package main

import (
	"fmt"
	"strings"
)

type Matrix [][]int

func Spiral(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	dirs := [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	r, c, d := 0, 0, 0
	for v := 1; v <= n*n; v++ {
		m[r][c] = v
		nr, nc := r+dirs[d][0], c+dirs[d][1]
		if nr < 0 || nr >= n || nc < 0 || nc >= n || m[nr][nc] != 0 {
			d = (d + 1) % 4
			nr, nc = r+dirs[d][0], c+dirs[d][1]
		}
		r, c = nr, nc
	}
	return m
}

func (m Matrix) String() string {
	var b strings.Builder
	w := len(fmt.Sprint(len(m) * len(m)))
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%*d", w, v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (m Matrix) Transpose() Matrix {
	t := make(Matrix, len(m))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range t[i] {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func (m Matrix) Mul(o Matrix) Matrix {
	n := len(m)
	out := make(Matrix, n)
	for i := range out {
		out[i] = make([]int, n)
		for j := 0; j < n; j++ {
			for k := 0; k < n; k++ {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func Diamond(ch byte) string {
	n := int(ch - 'A')
	var rows []string
	for i := 0; i <= n; i++ {
		row := []byte(strings.Repeat(" ", 2*n+1))
		row[n-i], row[n+i] = 'A'+byte(i), 'A'+byte(i)
		rows = append(rows, string(row))
	}
	for i := n - 1; i >= 0; i-- {
		rows = append(rows, rows[i])
	}
	return strings.Join(rows, "\n")
}

func main() {
	for _, n := range []int{0, 1, 2, 4} {
		fmt.Printf("n=%d\n%v", n, Spiral(n))
	}
	s := Spiral(3)
	fmt.Print(s.Transpose())
	fmt.Print(s.Mul(s.Transpose()))
	fmt.Println(Diamond('A'))
	fmt.Println(Diamond('D'))
	fmt.Printf("%q\n", Diamond('B'))
}
