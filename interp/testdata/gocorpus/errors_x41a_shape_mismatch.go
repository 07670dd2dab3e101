package main

import (
	"errors"
	"fmt"
)

var ErrShape = errors.New("shape mismatch")

type ShapeError struct {
	Op         string
	Left, Righ [2]int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: %v vs %v", e.Op, e.Left, e.Righ)
}

func (e *ShapeError) Unwrap() error { return ErrShape }

type Mat struct {
	R, C int
	D    []float64
}

func New(r, c int, vals ...float64) (*Mat, error) {
	if len(vals) != r*c {
		return nil, fmt.Errorf("new %dx%d with %d values: %w", r, c, len(vals), ErrShape)
	}
	return &Mat{r, c, vals}, nil
}

func (m *Mat) MatMul(n *Mat) (*Mat, error) {
	if m.C != n.R {
		return nil, &ShapeError{"matmul", [2]int{m.R, m.C}, [2]int{n.R, n.C}}
	}
	out := &Mat{m.R, n.C, make([]float64, m.R*n.C)}
	for i := 0; i < m.R; i++ {
		for j := 0; j < n.C; j++ {
			for k := 0; k < m.C; k++ {
				out.D[i*n.C+j] += m.D[i*m.C+k] * n.D[k*n.C+j]
			}
		}
	}
	return out, nil
}

func mustMul(a, b *Mat) (m *Mat, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	m, err = a.MatMul(b)
	if err != nil {
		panic(err)
	}
	return m, nil
}

func main() {
	a, _ := New(2, 3, 1, 2, 3, 4, 5, 6)
	b, _ := New(3, 2, 1, 0, 0, 1, 1, 1)
	c, err := a.MatMul(b)
	fmt.Printf("%+v %v\n", *c, err)
	_, err = New(2, 2, 1, 2, 3)
	fmt.Println(err, errors.Is(err, ErrShape))
	_, err = a.MatMul(a)
	var se *ShapeError
	if errors.As(err, &se) {
		fmt.Println("shape error in", se.Op, "left", se.Left, "is ErrShape:", errors.Is(err, ErrShape))
	}
	_, err = mustMul(b, b)
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err) == nil)
	joined := errors.Join(err, ErrShape)
	fmt.Printf("%q\n", joined.Error())
}
