package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ShapeErr struct {
	Op   string
	A, B string
}

func (e ShapeErr) Error() string { return e.Op + ": incompatible shapes " + e.A + " and " + e.B }

func shapeStr(m [][]float64) string {
	if len(m) == 0 {
		return "(0,?)"
	}
	return "(" + strconv.Itoa(len(m)) + "," + strconv.Itoa(len(m[0])) + ")"
}

func mustMatMul(a, b [][]float64) [][]float64 {
	if len(a[0]) != len(b) {
		panic(ShapeErr{"matmul", shapeStr(a), shapeStr(b)})
	}
	out := make([][]float64, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for k := range b {
			for j := range b[0] {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func try(name string, f func() [][]float64) (res [][]float64, err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
		case error:
			err = fmt.Errorf("%s: %w", name, v)
		default:
			err = fmt.Errorf("%s: panic %v", name, v)
		}
	}()
	defer fmt.Println("  (leaving", name+")")
	return f(), nil
}

func main() {
	a := [][]float64{{1, 2}, {3, 4}, {5, 6}}
	b := [][]float64{{1, 0, 1}, {0, 1, 1}}
	steps := []struct {
		name string
		f    func() [][]float64
	}{
		{"a@b", func() [][]float64 { return mustMatMul(a, b) }},
		{"a@a", func() [][]float64 { return mustMatMul(a, a) }},
		{"index", func() [][]float64 { return [][]float64{a[3]} }},
		{"custom", func() [][]float64 { panic("bad gradient") }},
	}
	for _, s := range steps {
		r, err := try(s.name, s.f)
		var se ShapeErr
		fmt.Printf("%s -> %v | err=%v | shape=%v\n", s.name, r, err, errors.As(err, &se))
	}
}
