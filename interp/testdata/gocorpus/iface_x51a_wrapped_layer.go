package main

import (
	"fmt"
	"strings"
)

type Layer interface {
	Forward(x [][]float64) [][]float64
	Backward(g [][]float64) [][]float64
}

type Scale struct{ K float64 }

func (s Scale) Forward(x [][]float64) [][]float64  { return scale(x, s.K) }
func (s Scale) Backward(g [][]float64) [][]float64 { return scale(g, s.K) }

func scale(m [][]float64, k float64) [][]float64 {
	o := make([][]float64, len(m))
	for i, r := range m {
		o[i] = make([]float64, len(r))
		for j, v := range r {
			o[i][j] = v * k
		}
	}
	return o
}

// Traced embeds a Layer and overrides Backward only.
type Traced struct {
	Layer
	name  string
	trace *[]string
}

func (t Traced) Backward(g [][]float64) [][]float64 {
	out := t.Layer.Backward(g)
	*t.trace = append(*t.trace, fmt.Sprintf("%s.backward %v -> %v", t.name, g, out))
	return out
}

type ShapeChecked struct {
	Traced
	rows int
}

func (s ShapeChecked) Forward(x [][]float64) [][]float64 {
	if len(x) != s.rows {
		panic(fmt.Sprintf("%s: expected %d rows, got %d", s.name, s.rows, len(x)))
	}
	return s.Traced.Forward(x)
}

func main() {
	var trace []string
	layers := []Layer{
		Traced{Scale{2}, "s1", &trace},
		ShapeChecked{Traced{Scale{-1}, "s2", &trace}, 2},
	}
	x := [][]float64{{1, 2}, {3, 4}}
	for _, l := range layers {
		x = l.Forward(x)
	}
	fmt.Println("out:", x)
	g := [][]float64{{1, 1}, {1, 1}}
	for i := len(layers) - 1; i >= 0; i-- {
		g = layers[i].Backward(g)
	}
	fmt.Println(strings.Join(trace, "\n"))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		layers[1].Forward([][]float64{{1}})
	}()
	for _, l := range layers {
		_, isTraced := l.(Traced)
		fmt.Printf("%T traced=%v\n", l, isTraced)
	}
}
