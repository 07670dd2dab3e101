package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	out := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	out := NewMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
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

type Grid [3][3]rune

func (g Grid) Winner() rune {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b, c := g[l[0][0]][l[0][1]], g[l[1][0]][l[1][1]], g[l[2][0]][l[2][1]]
		if a != '.' && a == b && b == c {
			return a
		}
	}
	return '.'
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	fmt.Print(a.T())
	id, _ := Identity(2).Mul(c)
	fmt.Println(id[1][1] == c[1][1], len(id), cap(id[0]))
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	moves := [][2]int{{1, 1}, {0, 0}, {2, 2}, {0, 2}, {0, 1}, {2, 0}, {2, 1}}
	for i, mv := range moves {
		g[mv[0]][mv[1]] = rune("XO"[i%2])
		if w := g.Winner(); w != '.' {
			fmt.Printf("move %d: %c wins\n", i+1, w)
			break
		}
	}
	for _, row := range g {
		fmt.Println(string(row[:]))
	}
	snapshot := g
	snapshot[1][1] = '?'
	fmt.Println(g == snapshot, g[1][1] == 'X', len(g), len(g[0]))
	counts := map[[2]int]int{}
	for _, mv := range append(moves, [2]int{1, 1}) {
		counts[mv]++
	}
	fmt.Println(counts[[2]int{1, 1}], len(counts))
	type pair [2]string
	pp := []pair{{"a", "b"}, {"c", "d"}}
	for _, p := range pp {
		p[0] = "changed"
	}
	for i := range pp {
		pp[i][1] = "X"
	}
	fmt.Println(pp)
}
