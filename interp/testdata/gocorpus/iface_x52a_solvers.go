package main

import (
	"errors"
	"fmt"
	"math"
)

type Solver interface {
	Name() string
	Solve(a [][]float64, b []float64) ([]float64, error)
}

type base struct{ tol float64 }

func (b base) converged(x, y []float64) bool {
	d := 0.0
	for i := range x {
		d = math.Max(d, math.Abs(x[i]-y[i]))
	}
	return d < b.tol
}

type Jacobi struct {
	base
	MaxIter int
}

type GaussSeidel struct {
	base
	MaxIter int
}

type Direct struct{}

func (Jacobi) Name() string      { return "jacobi" }
func (GaussSeidel) Name() string { return "gauss-seidel" }
func (Direct) Name() string      { return "cramer" }

var ErrNoConverge = errors.New("did not converge")

func (j Jacobi) Solve(a [][]float64, b []float64) ([]float64, error) {
	x := make([]float64, len(b))
	for it := 0; it < j.MaxIter; it++ {
		nx := make([]float64, len(b))
		for i := range a {
			s := b[i]
			for k := range a[i] {
				if k != i {
					s -= a[i][k] * x[k]
				}
			}
			nx[i] = s / a[i][i]
		}
		if j.converged(x, nx) {
			return nx, nil
		}
		x = nx
	}
	return x, fmt.Errorf("%s after %d: %w", j.Name(), j.MaxIter, ErrNoConverge)
}

func (g *GaussSeidel) Solve(a [][]float64, b []float64) ([]float64, error) {
	x := make([]float64, len(b))
	for it := 0; it < g.MaxIter; it++ {
		old := append([]float64(nil), x...)
		for i := range a {
			s := b[i]
			for k := range a[i] {
				if k != i {
					s -= a[i][k] * x[k]
				}
			}
			x[i] = s / a[i][i]
		}
		if g.converged(old, x) {
			return x, nil
		}
	}
	return x, fmt.Errorf("%s: %w", g.Name(), ErrNoConverge)
}

func (Direct) Solve(a [][]float64, b []float64) ([]float64, error) {
	d := a[0][0]*a[1][1] - a[0][1]*a[1][0]
	if d == 0 {
		return nil, errors.New("singular")
	}
	return []float64{(b[0]*a[1][1] - a[0][1]*b[1]) / d, (a[0][0]*b[1] - b[0]*a[1][0]) / d}, nil
}

func main() {
	a := [][]float64{{5, 2}, {1, 4}}
	b := []float64{7, 9}
	solvers := []Solver{
		Jacobi{base{1e-9}, 100},
		&GaussSeidel{base{1e-9}, 100},
		Direct{},
		Jacobi{base{1e-15}, 3},
	}
	for _, s := range solvers {
		x, err := s.Solve(a, b)
		fmt.Printf("%-13s %T x=%.6f err=%v\n", s.Name(), s, x, err)
		if errors.Is(err, ErrNoConverge) {
			fmt.Println("  -> try more iterations")
		}
		if gs, ok := s.(*GaussSeidel); ok {
			fmt.Printf("  gs tol=%g\n", gs.tol)
		}
	}
	fmt.Printf("%+v\n", solvers[0])
}
