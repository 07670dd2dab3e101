// Exercises: tensors as nested slices with shape checks returning errors, a custom ShapeError, errors.As, %v of slices
package main

import (
	"errors"
	"fmt"
)

type Tensor [][]float64

type ShapeError struct {
	Op   string
	A, B [2]int
}

func (e ShapeError) Error() string {
	return fmt.Sprintf("%s: shapes %v and %v do not match", e.Op, e.A, e.B)
}

func (t Tensor) Shape() [2]int {
	if len(t) == 0 {
		return [2]int{0, 0}
	}
	return [2]int{len(t), len(t[0])}
}

func MatMul(a, b Tensor) (Tensor, error) {
	if a.Shape()[1] != b.Shape()[0] {
		return nil, ShapeError{"matmul", a.Shape(), b.Shape()}
	}
	out := make(Tensor, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out, nil
}

func Add(a, b Tensor) (Tensor, error) {
	if a.Shape() != b.Shape() {
		return nil, &ShapeError{Op: "add", A: a.Shape(), B: b.Shape()}
	}
	out := make(Tensor, len(a))
	for i := range a {
		out[i] = make([]float64, len(a[i]))
		for j := range a[i] {
			out[i][j] = a[i][j] + b[i][j]
		}
	}
	return out, nil
}

func main() {
	a := Tensor{{1, 2, 3}, {4, 5, 6}}
	b := Tensor{{1, 0}, {0, 1}, {1, 1}}
	c, err := MatMul(a, b)
	fmt.Println(c, c.Shape(), err)
	_, err = MatMul(a, a)
	var se ShapeError
	fmt.Println(err, errors.As(err, &se), se.Op)
	_, err = Add(a, c)
	var pse *ShapeError
	fmt.Println(errors.As(err, &pse), pse.B, errors.As(err, &se))
	wrapped := fmt.Errorf("layer 2: %w", err)
	fmt.Println(wrapped)
}
