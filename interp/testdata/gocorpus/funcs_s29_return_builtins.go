package main

import "fmt"

// Builtins' calls among the values of a return statement: the shape of a
// matrix, lengths and capacities of several kinds, a string with its
// length, min and max.
type Matrix [][]float64

func (m Matrix) Shape() (int, int) { return len(m), len(m[0]) }

func (m Matrix) T() Matrix {
	r, c := m.Shape()
	out := make(Matrix, c)
	for j := range out {
		out[j] = make([]float64, r)
		for i := 0; i < r; i++ {
			out[j][i] = m[i][j]
		}
	}
	return out
}

func sizes(s []int, m map[string]int, ch chan int) (int, int, int, bool) {
	return cap(s), len(m), len(ch), true
}

func withLen(s string) (string, int) { return s, len(s) }

func bounds(a, b []int) (int, int) { return min(len(a), 5), max(len(b), 1) }

func main() {
	m := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(m.Shape())
	fmt.Println(m.T().Shape())
	fmt.Println(m.T())
	ch := make(chan int, 3)
	ch <- 1
	fmt.Println(sizes(make([]int, 1, 4), map[string]int{"a": 1}, ch))
	fmt.Println(withLen("héllo"))
	fmt.Println(bounds([]int{1}, nil))
	rows := func(ms ...Matrix) (int, int) { return len(ms), len(ms[0]) }
	fmt.Println(rows(m, m.T(), m))
}
