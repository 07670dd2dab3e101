package main

import (
	"errors"
	"fmt"
)

var ErrShape = errors.New("shape mismatch")

type ShapeError struct {
	Op          string
	Left, Right [2]int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: %v vs %v", e.Op, e.Left, e.Right)
}

func (e *ShapeError) Unwrap() error { return ErrShape }

type Mat struct {
	r, c int
	d    []float64
}

func shape(m Mat) [2]int { return [2]int{m.r, m.c} }

func matmul(a, b Mat) (Mat, error) {
	if a.c != b.r {
		return Mat{}, &ShapeError{"matmul", shape(a), shape(b)}
	}
	out := Mat{a.r, b.c, make([]float64, a.r*b.c)}
	for i := 0; i < a.r; i++ {
		for j := 0; j < b.c; j++ {
			for k := 0; k < a.c; k++ {
				out.d[i*b.c+j] += a.d[i*a.c+k] * b.d[k*b.c+j]
			}
		}
	}
	return out, nil
}

func forward(x Mat, ws ...Mat) (Mat, error) {
	h := x
	for i, w := range ws {
		var err error
		h, err = matmul(h, w)
		if err != nil {
			return Mat{}, fmt.Errorf("layer %d: %w", i, err)
		}
	}
	return h, nil
}

func main() {
	x := Mat{1, 3, []float64{1, 2, 3}}
	w1 := Mat{3, 2, []float64{1, 0, 0, 1, 1, 1}}
	w2 := Mat{2, 1, []float64{0.5, -0.5}}
	bad := Mat{3, 1, []float64{1, 1, 1}}
	if out, err := forward(x, w1, w2); err == nil {
		fmt.Println("ok:", out.d)
	}
	_, err := forward(x, w1, bad, w2)
	fmt.Println("err:", err)
	fmt.Println("is ErrShape:", errors.Is(err, ErrShape))
	var se *ShapeError
	if errors.As(err, &se) {
		fmt.Println("op", se.Op, "left", se.Left, "right", se.Right)
	}
	joined := errors.Join(err, errors.New("second"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrShape), errors.Unwrap(joined) == nil)
}
