package main

import (
	"fmt"
	"math"
	"sort"
)

type Loss interface {
	Value(pred, target []float64) float64
	Grad(pred, target []float64) []float64
}

type Named interface {
	Loss
	fmt.Stringer
}

type MSE struct{}
type Huber struct{ Delta float64 }
type L1 struct{}

func (MSE) Value(p, t []float64) (s float64) {
	for i := range p {
		s += (p[i] - t[i]) * (p[i] - t[i])
	}
	return s / float64(len(p))
}
func (MSE) Grad(p, t []float64) []float64 {
	g := make([]float64, len(p))
	for i := range p {
		g[i] = 2 * (p[i] - t[i]) / float64(len(p))
	}
	return g
}
func (MSE) String() string { return "mse" }

func (h Huber) Value(p, t []float64) (s float64) {
	for i := range p {
		d := math.Abs(p[i] - t[i])
		if d <= h.Delta {
			s += 0.5 * d * d
		} else {
			s += h.Delta * (d - 0.5*h.Delta)
		}
	}
	return s / float64(len(p))
}
func (h Huber) Grad(p, t []float64) []float64 {
	g := make([]float64, len(p))
	for i := range p {
		d := p[i] - t[i]
		g[i] = math.Max(-h.Delta, math.Min(h.Delta, d)) / float64(len(p))
	}
	return g
}
func (h Huber) String() string { return fmt.Sprintf("huber(%.1f)", h.Delta) }

func (L1) Value(p, t []float64) (s float64) {
	for i := range p {
		s += math.Abs(p[i] - t[i])
	}
	return s / float64(len(p))
}
func (L1) Grad(p, t []float64) []float64 {
	g := make([]float64, len(p))
	for i := range p {
		switch {
		case p[i] > t[i]:
			g[i] = 1
		case p[i] < t[i]:
			g[i] = -1
		}
		g[i] /= float64(len(p))
	}
	return g
}

var registry = map[string]Loss{
	"mse":   MSE{},
	"huber": Huber{Delta: 1},
	"l1":    L1{},
}

func main() {
	pred := []float64{0.5, 2.5, -1, 4}
	target := []float64{0, 3, 1, 0.5}
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		l := registry[n]
		label := n
		if s, ok := l.(Named); ok {
			label = s.String()
		}
		fmt.Printf("%-10s value=%.4f grad=%.3f\n", label, l.Value(pred, target), l.Grad(pred, target))
	}
	fmt.Println(registry["huber"], registry["l1"])
	var l Loss = Huber{0.5}
	switch v := l.(type) {
	case MSE:
		fmt.Println("mse")
	case Huber:
		fmt.Println("huber delta", v.Delta)
	}
	fmt.Println(l == Huber{Delta: 0.5}, l != registry["huber"])
}
