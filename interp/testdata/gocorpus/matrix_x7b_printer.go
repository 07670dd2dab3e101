// Exercises: a dense matrix as rows, cols and a flat []float64 (row-major), At/Set, Mul panicking with both shapes, T, a String method printing row slices with %6.2f, fmt.Print spacing between Stringers, recover.
package main

import (
	"fmt"
	"strings"
)

type Dense struct {
	r, c int
	data []float64
}

func NewDense(r, c int, data []float64) *Dense {
	if data == nil {
		data = make([]float64, r*c)
	}
	if len(data) != r*c {
		panic(fmt.Sprintf("matrix: %d values for %dx%d", len(data), r, c))
	}
	return &Dense{r, c, data}
}

func (m *Dense) At(i, j int) float64     { return m.data[i*m.c+j] }
func (m *Dense) Set(i, j int, v float64) { m.data[i*m.c+j] = v }

func (m *Dense) Mul(o *Dense) *Dense {
	if m.c != o.r {
		panic(fmt.Sprintf("matrix: Mul: (%dx%d) x (%dx%d)", m.r, m.c, o.r, o.c))
	}
	out := NewDense(m.r, o.c, nil)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			for k := 0; k < m.c; k++ {
				out.data[i*o.c+j] += m.At(i, k) * o.At(k, j)
			}
		}
	}
	return out
}

func (m *Dense) T() *Dense {
	t := NewDense(m.c, m.r, nil)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Dense) String() string {
	var b strings.Builder
	for i := 0; i < m.r; i++ {
		fmt.Fprintf(&b, "%6.2f\n", m.data[i*m.c:(i+1)*m.c])
	}
	return b.String()
}

func main() {
	a := NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6.125})
	fmt.Print(a, a.T(), a.Mul(a.T()))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(NewDense(1, 2, []float64{-1.005, 1234.5}))
	a.Mul(a)
}
