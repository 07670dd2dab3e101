package main

import (
	"fmt"
	"math"
	"sort"
)

type Loss interface {
	Value(pred, target float64) float64
	Deriv(pred, target float64) float64
}

type Named interface {
	Loss
	Name() string
}

type MSE struct{}

func (MSE) Value(p, t float64) float64 { return (p - t) * (p - t) }
func (MSE) Deriv(p, t float64) float64 { return 2 * (p - t) }
func (MSE) Name() string               { return "mse" }

type Huber struct{ Delta float64 }

func (h Huber) Value(p, t float64) float64 {
	d := math.Abs(p - t)
	if d <= h.Delta {
		return 0.5 * d * d
	}
	return h.Delta * (d - 0.5*h.Delta)
}
func (h Huber) Deriv(p, t float64) float64 {
	d := p - t
	if math.Abs(d) <= h.Delta {
		return d
	}
	return h.Delta * math.Copysign(1, d)
}
func (h Huber) Name() string { return fmt.Sprintf("huber(%.1f)", h.Delta) }

type LogCosh struct{}

func (LogCosh) Value(p, t float64) float64 { return math.Log(math.Cosh(p - t)) }
func (LogCosh) Deriv(p, t float64) float64 { return math.Tanh(p - t) }

type Scaled struct {
	Loss
	K float64
}

func (s Scaled) Value(p, t float64) float64 { return s.K * s.Loss.Value(p, t) }
func (s Scaled) Deriv(p, t float64) float64 { return s.K * s.Loss.Deriv(p, t) }

func name(l Loss) string {
	if n, ok := l.(Named); ok {
		return n.Name()
	}
	return fmt.Sprintf("%T", l)
}

func main() {
	losses := []Loss{MSE{}, Huber{1}, Huber{0.5}, LogCosh{}, Scaled{MSE{}, 0.5}, Scaled{Loss: LogCosh{}, K: 2}}
	sort.SliceStable(losses, func(i, j int) bool { return name(losses[i]) < name(losses[j]) })
	diffs := []float64{-3, -0.4, 0, 0.7, 2.5}
	for _, l := range losses {
		fmt.Printf("%-18s", name(l))
		for _, d := range diffs {
			fmt.Printf(" %6.3f/%+.3f", l.Value(d, 0), l.Deriv(d, 0))
		}
		fmt.Println()
	}
	var l Loss = Huber{2}
	if h, ok := l.(Huber); ok {
		fmt.Println("delta", h.Delta)
	}
	_, isNamed := Loss(Scaled{MSE{}, 1}).(Named)
	fmt.Println("scaled named?", isNamed)
	fmt.Println(Huber{1} == Huber{1}, l == Loss(Huber{2}))
}
