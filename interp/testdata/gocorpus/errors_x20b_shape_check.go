package main

import (
	"errors"
	"fmt"
)

type DimError struct {
	Op         string
	LeftShape  [2]int
	RightShape [2]int
}

func (e DimError) Error() string {
	return fmt.Sprintf("%s: incompatible shapes %v and %v", e.Op, e.LeftShape, e.RightShape)
}

var ErrEmpty = errors.New("empty matrix")

type Mat [][]float64

func (m Mat) Shape() [2]int {
	if len(m) == 0 {
		return [2]int{0, 0}
	}
	return [2]int{len(m), len(m[0])}
}

func Add(a, b Mat) (Mat, error) {
	if len(a) == 0 || len(b) == 0 {
		return nil, ErrEmpty
	}
	if a.Shape() != b.Shape() {
		return nil, DimError{"add", a.Shape(), b.Shape()}
	}
	out := make(Mat, len(a))
	for i := range a {
		out[i] = make([]float64, len(a[i]))
		for j := range a[i] {
			out[i][j] = a[i][j] + b[i][j]
		}
	}
	return out, nil
}

func mustAdd(a, b Mat) (m Mat, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	m, err = Add(a, b)
	if err != nil {
		panic(err)
	}
	return m, nil
}

func main() {
	a := Mat{{1, 2}, {3, 4}}
	b := Mat{{0.5, 0.5}, {0.25, 0.75}}
	c := Mat{{1, 2, 3}}
	s, err := Add(a, b)
	fmt.Println(s, err)
	_, err = Add(a, c)
	fmt.Println(err)
	var de DimError
	fmt.Println(errors.As(err, &de), de.Op, de.RightShape)
	wrapped := fmt.Errorf("layer 2: %w", err)
	fmt.Println(wrapped, errors.As(wrapped, &de))
	_, err = Add(nil, a)
	fmt.Println(errors.Is(fmt.Errorf("ctx: %w", err), ErrEmpty))
	_, err = mustAdd(a, c)
	fmt.Println(err)
	joined := errors.Join(ErrEmpty, DimError{"mul", [2]int{1, 2}, [2]int{3, 4}})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrEmpty))
	fmt.Printf("%v|%+v|%q\n", de, de.LeftShape, de.Op)
}
