package main

import (
	"errors"
	"fmt"
)

var ErrShape = errors.New("shape mismatch")

type ShapeError struct {
	Op   string
	A, B [2]int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: %v vs %v", e.Op, e.A, e.B)
}

func (e *ShapeError) Unwrap() error { return ErrShape }

type Mat struct {
	R, C int
	D    []float64
}

func New(r, c int, vals ...float64) Mat {
	m := Mat{R: r, C: c, D: make([]float64, r*c)}
	copy(m.D, vals)
	return m
}

func (m Mat) At(i, j int) float64 { return m.D[i*m.C+j] }

func MatMul(a, b Mat) (Mat, error) {
	if a.C != b.R {
		return Mat{}, &ShapeError{"matmul", [2]int{a.R, a.C}, [2]int{b.R, b.C}}
	}
	out := New(a.R, b.C)
	for i := 0; i < a.R; i++ {
		for j := 0; j < b.C; j++ {
			s := 0.0
			for k := 0; k < a.C; k++ {
				s += a.At(i, k) * b.At(k, j)
			}
			out.D[i*out.C+j] = s
		}
	}
	return out, nil
}

func mustMul(a, b Mat) (m Mat, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	m, err = MatMul(a, b)
	if err != nil {
		panic(err)
	}
	return m, nil
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 1, 0, 0, 1, 1, 1)
	c, err := MatMul(a, b)
	fmt.Println(c, err)
	_, err = MatMul(a, a)
	fmt.Println("err:", err)
	var se *ShapeError
	if errors.As(err, &se) {
		fmt.Printf("op=%s A=%v B=%v\n", se.Op, se.A, se.B)
	}
	fmt.Println("is ErrShape:", errors.Is(err, ErrShape))
	wrapped := fmt.Errorf("layer 2 forward: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrShape))
	_, err = mustMul(b, b)
	fmt.Println(err)
	fmt.Printf("%#v\n", New(1, 2, 3, 4))
}
