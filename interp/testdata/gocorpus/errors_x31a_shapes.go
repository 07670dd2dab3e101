package main

import (
	"errors"
	"fmt"
)

type ShapeError struct {
	Op   string
	A, B [2]int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: shapes %v and %v not aligned", e.Op, e.A, e.B)
}

var ErrEmpty = errors.New("empty matrix")

type Tensor struct {
	shape [2]int
	data  []float64
}

func New(r, c int, vals ...float64) (*Tensor, error) {
	if r == 0 || c == 0 {
		return nil, ErrEmpty
	}
	if len(vals) != 0 && len(vals) != r*c {
		return nil, fmt.Errorf("new %dx%d: got %d values", r, c, len(vals))
	}
	t := &Tensor{shape: [2]int{r, c}, data: make([]float64, r*c)}
	copy(t.data, vals)
	return t, nil
}

func MatMul(a, b *Tensor) (*Tensor, error) {
	if a.shape[1] != b.shape[0] {
		return nil, &ShapeError{"matmul", a.shape, b.shape}
	}
	out, _ := New(a.shape[0], b.shape[1])
	for i := 0; i < a.shape[0]; i++ {
		for j := 0; j < b.shape[1]; j++ {
			for k := 0; k < a.shape[1]; k++ {
				out.data[i*out.shape[1]+j] += a.data[i*a.shape[1]+k] * b.data[k*b.shape[1]+j]
			}
		}
	}
	return out, nil
}

func layer(x, w *Tensor) (out *Tensor, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("layer forward: %w", err)
		}
	}()
	return MatMul(x, w)
}

func mustNew(r, c int, vals ...float64) *Tensor {
	t, err := New(r, c, vals...)
	if err != nil {
		panic(err)
	}
	return t
}

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	x := mustNew(2, 3, 1, 2, 3, 4, 5, 6)
	w := mustNew(3, 2, 1, 0, 0, 1, 1, 1)
	y, err := layer(x, w)
	fmt.Println(y.data, y.shape, err)

	_, err = layer(x, x)
	fmt.Println(err)
	var se *ShapeError
	if errors.As(err, &se) {
		fmt.Printf("op=%q A=%v B=%v\n", se.Op, se.A, se.B)
	}
	fmt.Println(errors.Unwrap(err) == error(se))

	_, err = New(0, 3)
	fmt.Println(err, errors.Is(err, ErrEmpty))
	_, err = New(2, 2, 1, 2, 3)
	fmt.Printf("%v | %T\n", err, err)

	err = safe(func() { mustNew(0, 1) })
	fmt.Println(err)
	err = safe(func() {
		var t *Tensor
		_ = t.shape
	})
	fmt.Println(err)
	joined := errors.Join(ErrEmpty, &ShapeError{"add", [2]int{1, 2}, [2]int{3, 4}})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrEmpty), errors.As(joined, &se), se.Op)
}
