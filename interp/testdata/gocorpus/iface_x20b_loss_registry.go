package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Loss interface {
	Value(pred, target []float64) float64
	Grad(pred, target []float64) []float64
}

type LossFunc struct {
	V func(p, t float64) float64
	G func(p, t float64) float64
}

func (l LossFunc) Value(pred, target []float64) float64 {
	s := 0.0
	for i := range pred {
		s += l.V(pred[i], target[i])
	}
	return s / float64(len(pred))
}

func (l LossFunc) Grad(pred, target []float64) []float64 {
	g := make([]float64, len(pred))
	for i := range pred {
		g[i] = l.G(pred[i], target[i]) / float64(len(pred))
	}
	return g
}

type Huber struct{ Delta float64 }

func (h Huber) Value(pred, target []float64) float64 {
	s := 0.0
	for i := range pred {
		d := math.Abs(pred[i] - target[i])
		if d <= h.Delta {
			s += 0.5 * d * d
		} else {
			s += h.Delta * (d - 0.5*h.Delta)
		}
	}
	return s / float64(len(pred))
}

func (h Huber) Grad(pred, target []float64) []float64 {
	g := make([]float64, len(pred))
	for i := range pred {
		d := pred[i] - target[i]
		g[i] = math.Max(-h.Delta, math.Min(h.Delta, d)) / float64(len(pred))
	}
	return g
}

var registry = map[string]Loss{}

func Register(name string, l Loss) {
	if _, dup := registry[name]; dup {
		panic("duplicate loss " + name)
	}
	registry[name] = l
}

func init() {
	Register("mse", LossFunc{func(p, t float64) float64 { return (p - t) * (p - t) }, func(p, t float64) float64 { return 2 * (p - t) }})
	Register("mae", LossFunc{func(p, t float64) float64 { return math.Abs(p - t) }, func(p, t float64) float64 {
		if p > t {
			return 1
		} else if p < t {
			return -1
		}
		return 0
	}})
	Register("huber", Huber{1})
}

func main() {
	pred := []float64{0.5, 2.0, -1.0, 3.5}
	tgt := []float64{0.0, 2.5, 1.0, 3.0}
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		l := registry[n]
		fmt.Printf("%-6s %-14T value=%.4f grad=%.4f\n", n, l, l.Value(pred, tgt), l.Grad(pred, tgt))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Register("mse", Huber{2})
	}()
	fmt.Println(strings.Join(names, ","), len(registry))
	if h, ok := registry["huber"].(Huber); ok {
		fmt.Println("delta", h.Delta)
	}
}
