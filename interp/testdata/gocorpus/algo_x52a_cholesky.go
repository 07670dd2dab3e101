package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

var ErrNotPD = errors.New("matrix is not positive definite")

func cholesky(a [][]float64) ([][]float64, error) {
	n := len(a)
	l := make([][]float64, n)
	for i := range l {
		l[i] = make([]float64, n)
	}
	for j := 0; j < n; j++ {
		s := a[j][j]
		for k := 0; k < j; k++ {
			s -= l[j][k] * l[j][k]
		}
		if s <= 0 {
			return nil, fmt.Errorf("pivot %d = %g: %w", j, s, ErrNotPD)
		}
		l[j][j] = math.Sqrt(s)
		for i := j + 1; i < n; i++ {
			t := a[i][j]
			for k := 0; k < j; k++ {
				t -= l[i][k] * l[j][k]
			}
			l[i][j] = t / l[j][j]
		}
	}
	return l, nil
}

func format(m [][]float64) string {
	lines := make([]string, len(m))
	for i, row := range m {
		cells := make([]string, len(row))
		for j, v := range row {
			cells[j] = fmt.Sprintf("%8.4f", v)
		}
		lines[i] = "|" + strings.Join(cells, " ") + " |"
	}
	return strings.Join(lines, "\n")
}

func main() {
	cases := [][][]float64{
		{{4, 12, -16}, {12, 37, -43}, {-16, -43, 98}},
		{{25, 15, -5}, {15, 18, 0}, {-5, 0, 11}},
		{{1, 2}, {2, 1}},
	}
	for i, a := range cases {
		l, err := cholesky(a)
		if err != nil {
			fmt.Printf("case %d: %v (is NotPD: %t)\n", i, err, errors.Is(err, ErrNotPD))
			continue
		}
		fmt.Printf("case %d: L =\n%s\n", i, format(l))
		logdet := 0.0
		for k := range l {
			logdet += 2 * math.Log(l[k][k])
		}
		fmt.Printf("  log det = %.6f, det = %.2f\n", logdet, math.Exp(logdet))
	}
}
