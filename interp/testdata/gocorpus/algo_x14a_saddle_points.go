package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Matrix [][]int

func Parse(s string) (Matrix, error) {
	var m Matrix
	for i, line := range strings.Split(s, "\n") {
		fields := strings.Fields(line)
		row := make([]int, len(fields))
		for j, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("row %d: %w", i, err)
			}
			row[j] = n
		}
		if len(m) > 0 && len(row) != len(m[0]) {
			return nil, fmt.Errorf("row %d: ragged (%d vs %d)", i, len(row), len(m[0]))
		}
		m = append(m, row)
	}
	return m, nil
}

func (m Matrix) Cols() Matrix {
	if len(m) == 0 {
		return nil
	}
	out := make(Matrix, len(m[0]))
	for j := range out {
		out[j] = make([]int, len(m))
		for i := range m {
			out[j][i] = m[i][j]
		}
	}
	return out
}

type Pair [2]int

func (m Matrix) Saddle() []Pair {
	cols := m.Cols()
	var out []Pair
	for i, row := range m {
		for j, v := range row {
			if v == max(row...) && v == min(cols[j]...) {
				out = append(out, Pair{i + 1, j + 1})
			}
		}
	}
	return out
}

func max(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func min(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func main() {
	inputs := []string{
		"9 8 7\n5 3 2\n6 6 7",
		"4 5 4\n3 5 5\n1 5 4",
		"1 2 3\n3 1 2\n2 3 1",
		"8 7 10 7 9\n8 7 13 7 9",
		"1 2\n3 x",
		"1 2 3\n4 5",
	}
	for _, in := range inputs {
		m, err := Parse(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(m, "cols", m.Cols(), "saddle", m.Saddle())
	}
}
