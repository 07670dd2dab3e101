// Exercises: a Matrix struct with a flat []float64 and methods (At, Set, Mul), a panic with a message naming both shapes on mismatch recovered by the caller, Stringer for printing.
package main

import (
	"fmt"
	"strings"
)

type Matrix struct {
	r, c int
	data []float64
}

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.c+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.c+j] = v }

func (m *Matrix) Mul(o *Matrix) *Matrix {
	if m.c != o.r {
		panic(fmt.Sprintf("matrix: Mul: (%dx%d) x (%dx%d)", m.r, m.c, o.r, o.c))
	}
	out := New(m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s float64
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func (m *Matrix) String() string {
	var rows []string
	for i := 0; i < m.r; i++ {
		rows = append(rows, fmt.Sprint(m.data[i*m.c:(i+1)*m.c]))
	}
	return strings.Join(rows, "\n")
}

func tryMul(a, b *Matrix) (m *Matrix, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a.Mul(b), nil
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Println(a.Mul(b))
	_, err := tryMul(a, a)
	fmt.Println(err)
	id := New(2, 2, 1, 0, 0, 1)
	p, err := tryMul(a.Mul(b), id)
	fmt.Println(p.At(1, 1), err, []*Matrix{id})
}
