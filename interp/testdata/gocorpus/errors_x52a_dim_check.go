package main

import (
	"errors"
	"fmt"
)

type DimError struct {
	Op     string
	R1, C1 int
	R2, C2 int
}

func (e *DimError) Error() string {
	return fmt.Sprintf("%s: dimension mismatch %dx%d vs %dx%d", e.Op, e.R1, e.C1, e.R2, e.C2)
}

type Matrix [][]float64

func (m Matrix) dims() (int, int) {
	if len(m) == 0 {
		return 0, 0
	}
	return len(m), len(m[0])
}

func Add(a, b Matrix) (Matrix, error) {
	r1, c1 := a.dims()
	r2, c2 := b.dims()
	if r1 != r2 || c1 != c2 {
		return nil, &DimError{"add", r1, c1, r2, c2}
	}
	out := make(Matrix, r1)
	for i := range a {
		out[i] = make([]float64, c1)
		for j := range a[i] {
			out[i][j] = a[i][j] + b[i][j]
		}
	}
	return out, nil
}

func Mul(a, b Matrix) (Matrix, error) {
	r1, c1 := a.dims()
	r2, c2 := b.dims()
	if c1 != r2 {
		return nil, &DimError{"mul", r1, c1, r2, c2}
	}
	out := make(Matrix, r1)
	for i := range out {
		out[i] = make([]float64, c2)
		for j := 0; j < c2; j++ {
			for k := 0; k < c1; k++ {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out, nil
}

func mustMul(a, b Matrix) Matrix {
	m, err := Mul(a, b)
	if err != nil {
		panic(err)
	}
	return m
}

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("recovered: %w", e)
				return
			}
			panic(r)
		}
	}()
	f()
	return nil
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{1, 0}, {0, 1}, {1, 1}}
	c, err := Mul(a, b)
	fmt.Println(c, err)
	_, err = Add(a, b)
	fmt.Println(err)
	var de *DimError
	if errors.As(err, &de) {
		fmt.Printf("op=%s %+v\n", de.Op, *de)
	}
	err = safe(func() { mustMul(b, b) })
	fmt.Println(err)
	fmt.Println(errors.As(err, &de), de.C1)
	err = safe(func() { fmt.Println(mustMul(b, a)) })
	fmt.Println("err:", err)
}
