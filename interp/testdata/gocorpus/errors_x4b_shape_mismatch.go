// Exercises: custom error type with fields, pointer receiver Error, fmt.Errorf %w wrapping, errors.As and errors.Is
package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty matrix")

type ShapeError struct {
	Op   string
	A, B [2]int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: (%dx%d) x (%dx%d)", e.Op, e.A[0], e.A[1], e.B[0], e.B[1])
}

func shape(m [][]float64) [2]int { return [2]int{len(m), len(m[0])} }

func MatMul(a, b [][]float64) ([][]float64, error) {
	if len(a) == 0 || len(b) == 0 {
		return nil, fmt.Errorf("matmul: %w", ErrEmpty)
	}
	if len(a[0]) != len(b) {
		return nil, &ShapeError{"MatMul", shape(a), shape(b)}
	}
	out := make([][]float64, len(a)) // the product itself is not needed here
	return out, nil
}

func layer(x, w [][]float64) error {
	if _, err := MatMul(x, w); err != nil {
		return fmt.Errorf("layer fc1: %w", err)
	}
	return nil
}

func main() {
	x := [][]float64{{1, 2, 3}}
	for _, w := range [][][]float64{{{1}, {2}, {3}}, {{1, 2}}, {}} {
		err := layer(x, w)
		var se *ShapeError
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.As(err, &se):
			fmt.Println("shape:", se.Op, se.A, se.B, "|", err)
		case errors.Is(err, ErrEmpty):
			fmt.Println("empty:", err)
		}
	}
	var e error = &ShapeError{Op: "Add"}
	fmt.Printf("%v %T\n", e, errors.Unwrap(fmt.Errorf("x: %w", e)))
}
