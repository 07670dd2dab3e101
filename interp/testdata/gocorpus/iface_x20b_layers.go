package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tensor []float64

type Layer interface {
	Forward(Tensor) (Tensor, error)
	fmt.Stringer
}

type ShapeError struct {
	Layer     string
	Want, Got int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: expected input of size %d, got %d", e.Layer, e.Want, e.Got)
}

type base struct{ name string }

func (b base) String() string { return b.name }

type Linear struct {
	base
	W [][]float64
}

func (l Linear) Forward(x Tensor) (Tensor, error) {
	if len(l.W[0]) != len(x) {
		return nil, &ShapeError{l.name, len(l.W[0]), len(x)}
	}
	out := make(Tensor, len(l.W))
	for i, row := range l.W {
		for j, w := range row {
			out[i] += w * x[j]
		}
	}
	return out, nil
}

type ReLU struct{ base }

func (ReLU) Forward(x Tensor) (Tensor, error) {
	out := make(Tensor, len(x))
	for i, v := range x {
		out[i] = max(v, 0)
	}
	return out, nil
}

type Sequential struct{ Layers []Layer }

func (s Sequential) Forward(x Tensor) (Tensor, error) {
	var err error
	for i, l := range s.Layers {
		x, err = l.Forward(x)
		if err != nil {
			return nil, fmt.Errorf("layer %d (%v): %w", i, l, err)
		}
	}
	return x, nil
}

func (s Sequential) String() string {
	names := make([]string, len(s.Layers))
	for i, l := range s.Layers {
		names[i] = l.String()
	}
	return "Sequential(" + strings.Join(names, " -> ") + ")"
}

func main() {
	net := Sequential{[]Layer{
		Linear{base{"fc1"}, [][]float64{{1, -1, 0.5}, {0.2, 0.3, -2}}},
		ReLU{base{"relu"}},
		Linear{base{"fc2"}, [][]float64{{1.5, -0.5}}},
	}}
	fmt.Println(net)
	out, err := net.Forward(Tensor{1, 2, 3})
	fmt.Printf("%.4f %v\n", out, err)
	_, err = net.Forward(Tensor{1, 2})
	fmt.Println(err)
	var se *ShapeError
	if errors.As(err, &se) {
		fmt.Println("shape error in", se.Layer, se.Want, se.Got)
	}
	var l Layer = net.Layers[1]
	if r, ok := l.(ReLU); ok {
		fmt.Println("relu layer:", r.name)
	}
	var nested Layer = net
	fmt.Println(nested.String())
}
