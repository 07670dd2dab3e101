package main

import (
	"errors"
	"fmt"
)

type Number interface {
	~float32 | ~float64
}

type Mat[T Number] struct {
	Rows, Cols int
	Data       []T
}

var ErrShape = errors.New("shape mismatch")

type ShapeError struct {
	Op        string
	Got, Want [2]int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: got %v want %v", e.Op, e.Got, e.Want)
}

func (e *ShapeError) Unwrap() error { return ErrShape }

func Zeros[T Number](r, c int) Mat[T] {
	return Mat[T]{r, c, make([]T, r*c)}
}

func (m Mat[T]) At(i, j int) T     { return m.Data[i*m.Cols+j] }
func (m Mat[T]) Set(i, j int, v T) { m.Data[i*m.Cols+j] = v }

func CheckGradShape[T Number](param, grad Mat[T], name string) error {
	if param.Rows != grad.Rows || param.Cols != grad.Cols {
		return &ShapeError{Op: name, Got: [2]int{grad.Rows, grad.Cols}, Want: [2]int{param.Rows, param.Cols}}
	}
	return nil
}

func main() {
	W := Zeros[float64](3, 4)
	b := Zeros[float64](1, 4)
	gW := Zeros[float64](3, 4)
	gb := Zeros[float64](4, 1)
	W.Set(1, 2, 0.5)
	fmt.Println(W.At(1, 2), len(W.Data))
	for _, p := range []struct {
		name string
		p, g Mat[float64]
	}{{"W", W, gW}, {"b", b, gb}} {
		err := CheckGradShape(p.p, p.g, p.name)
		var se *ShapeError
		switch {
		case err == nil:
			fmt.Printf("%s: shapes ok (%dx%d)\n", p.name, p.p.Rows, p.p.Cols)
		case errors.As(err, &se):
			fmt.Println("error:", err, "| is ErrShape:", errors.Is(err, ErrShape), "| op:", se.Op)
		}
	}
	f32 := Zeros[float32](2, 2)
	fmt.Printf("%T %v\n", f32, f32)
	fmt.Printf("%+v\n", b)
}
