package main

import (
	"fmt"
	"strings"
)

type Mat struct {
	r, c int
	data []float64
}

func New(r, c int, vals ...float64) *Mat {
	m := &Mat{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func (m *Mat) At(i, j int) float64     { return m.data[i*m.c+j] }
func (m *Mat) Set(i, j int, v float64) { m.data[i*m.c+j] = v }

func (m *Mat) Mul(o *Mat) *Mat {
	if m.c != o.r {
		panic(fmt.Sprintf("shape mismatch %dx%d * %dx%d", m.r, m.c, o.r, o.c))
	}
	out := New(m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			s := 0.0
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func (m *Mat) T() *Mat {
	out := New(m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m *Mat) String() string {
	var sb strings.Builder
	for i := 0; i < m.r; i++ {
		sb.WriteString("[")
		for j := 0; j < m.c; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%7.3f", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func safeMul(a, b *Mat) (res *Mat, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a.Mul(b), nil
}

func main() {
	X := New(4, 2, 1, 1, 1, 2, 1, 3, 1, 4)
	y := New(4, 1, 6, 5, 7, 10)
	xtx := X.T().Mul(X)
	xty := X.T().Mul(y)
	fmt.Print("XtX=\n", xtx, "Xty=\n", xty)
	a, b, c, d := xtx.At(0, 0), xtx.At(0, 1), xtx.At(1, 0), xtx.At(1, 1)
	det := a*d - b*c
	inv := New(2, 2, d/det, -b/det, -c/det, a/det)
	beta := inv.Mul(xty)
	fmt.Printf("beta (normal equations):\n%v", beta)
	fmt.Printf("pred:\n%s", X.Mul(beta))
	_, err := safeMul(X, X)
	fmt.Println(err)
}
