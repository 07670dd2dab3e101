package main

import (
	"errors"
	"fmt"
)

type ShapeError struct {
	Op         string
	Want, Have [2]int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: want %dx%d, have %dx%d", e.Op, e.Want[0], e.Want[1], e.Have[0], e.Have[1])
}

var ErrEmpty = errors.New("empty input")

type Tensor struct {
	r, c int
	v    []float64
}

func FromRows(rows [][]float64) (*Tensor, error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("FromRows: %w", ErrEmpty)
	}
	t := &Tensor{r: len(rows), c: len(rows[0])}
	for i, r := range rows {
		if len(r) != t.c {
			return nil, fmt.Errorf("row %d: %w", i, &ShapeError{"FromRows", [2]int{1, t.c}, [2]int{1, len(r)}})
		}
		t.v = append(t.v, r...)
	}
	return t, nil
}

func Add(a, b *Tensor) (*Tensor, error) {
	if a.r != b.r || a.c != b.c {
		return nil, &ShapeError{"Add", [2]int{a.r, a.c}, [2]int{b.r, b.c}}
	}
	out := &Tensor{r: a.r, c: a.c, v: make([]float64, len(a.v))}
	for i := range a.v {
		out.v[i] = a.v[i] + b.v[i]
	}
	return out, nil
}

func mustAdd(a, b *Tensor) (t *Tensor) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			t = nil
		}
	}()
	t, err := Add(a, b)
	if err != nil {
		panic(err)
	}
	return t
}

func main() {
	inputs := [][][]float64{
		{{1, 2}, {3, 4}},
		{},
		{{1, 2}, {3}},
		{{1, 2, 3}},
	}
	var ts []*Tensor
	for i, in := range inputs {
		t, err := FromRows(in)
		var se *ShapeError
		switch {
		case errors.Is(err, ErrEmpty):
			fmt.Println(i, "empty:", err)
		case errors.As(err, &se):
			fmt.Println(i, "shape:", se.Op, se.Have, "|", err)
		case err == nil:
			fmt.Println(i, "ok", t.r, t.c)
			ts = append(ts, t)
		}
	}
	sum := mustAdd(ts[0], ts[0])
	fmt.Println(sum.v)
	bad := mustAdd(ts[0], ts[1])
	fmt.Println(bad == nil)
	joined := errors.Join(ErrEmpty, &ShapeError{"Join", [2]int{1, 1}, [2]int{2, 2}})
	fmt.Println(joined)
	var se *ShapeError
	fmt.Println(errors.As(joined, &se), se.Want)
}
