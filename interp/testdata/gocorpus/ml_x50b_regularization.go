package main

import "fmt"

type Penalty interface {
	Value(w []float64) float64
	Grad(w float64) float64
	fmt.Stringer
}

type L2 struct{ Lambda float64 }

func (l L2) Value(w []float64) float64 {
	s := 0.0
	for _, x := range w {
		s += x * x
	}
	return l.Lambda * s / 2
}
func (l L2) Grad(w float64) float64 { return l.Lambda * w }
func (l L2) String() string         { return fmt.Sprintf("L2(%g)", l.Lambda) }

type L1 struct{ Lambda float64 }

func (l L1) Value(w []float64) float64 {
	s := 0.0
	for _, x := range w {
		if x < 0 {
			x = -x
		}
		s += x
	}
	return l.Lambda * s
}
func (l L1) Grad(w float64) float64 {
	switch {
	case w > 0:
		return l.Lambda
	case w < 0:
		return -l.Lambda
	}
	return 0
}
func (l L1) String() string { return fmt.Sprintf("L1(%g)", l.Lambda) }

type None struct{}

func (None) Value([]float64) float64 { return 0 }
func (None) Grad(float64) float64    { return 0 }
func (None) String() string          { return "none" }

func fit(X [][]float64, y []float64, pen Penalty) ([]float64, float64) {
	w := make([]float64, len(X[0]))
	for it := 0; it < 2000; it++ {
		g := make([]float64, len(w))
		for i, x := range X {
			p := 0.0
			for j := range w {
				p += w[j] * x[j]
			}
			for j := range w {
				g[j] += (p - y[i]) * x[j] / float64(len(X))
			}
		}
		for j := range w {
			w[j] -= 0.05 * (g[j] + pen.Grad(w[j]))
		}
	}
	loss := 0.0
	for i, x := range X {
		p := 0.0
		for j := range w {
			p += w[j] * x[j]
		}
		loss += (p - y[i]) * (p - y[i]) / float64(len(X))
	}
	return w, loss + pen.Value(w)
}

func main() {
	X := [][]float64{{1, 0.5, 0.1}, {1, 1.5, -0.2}, {1, 2.0, 0.3}, {1, 3.1, 0.0}, {1, 4.2, -0.1}, {1, 5.0, 0.2}}
	y := []float64{1.9, 4.1, 5.0, 7.2, 9.5, 11.0}
	for _, p := range []Penalty{None{}, L2{0.1}, L2{1}, L1{0.1}, L1{1}} {
		w, obj := fit(X, y, p)
		fmt.Printf("%-8v w=[% .4f] objective=%.5f\n", p, w, obj)
	}
}
