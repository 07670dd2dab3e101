package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
)

type Table struct {
	xs, ys []float64
}

var ErrRange = errors.New("out of table range")

func NewTable(pairs map[float64]float64) *Table {
	t := &Table{}
	for x := range pairs {
		t.xs = append(t.xs, x)
	}
	sort.Float64s(t.xs)
	for _, x := range t.xs {
		t.ys = append(t.ys, pairs[x])
	}
	return t
}

func (t *Table) Linear(x float64) (float64, error) {
	if x < t.xs[0] || x > t.xs[len(t.xs)-1] {
		return math.NaN(), fmt.Errorf("x=%g: %w [%g, %g]", x, ErrRange, t.xs[0], t.xs[len(t.xs)-1])
	}
	i, found := slices.BinarySearch(t.xs, x)
	if found {
		return t.ys[i], nil
	}
	x0, x1 := t.xs[i-1], t.xs[i]
	y0, y1 := t.ys[i-1], t.ys[i]
	return y0 + (y1-y0)*(x-x0)/(x1-x0), nil
}

func (t *Table) Lagrange(x float64) float64 {
	var s float64
	for i := range t.xs {
		l := 1.0
		for j := range t.xs {
			if i != j {
				l *= (x - t.xs[j]) / (t.xs[i] - t.xs[j])
			}
		}
		s += l * t.ys[i]
	}
	return s
}

func main() {
	pts := map[float64]float64{}
	for _, x := range []float64{0, 0.5, 1, 1.5, 2, 2.5, 3} {
		pts[x] = math.Sin(x)
	}
	t := NewTable(pts)
	fmt.Println("nodes:", t.xs)
	for _, x := range []float64{0.25, 1, 1.8, 2.9, 3.5, -1} {
		lin, err := t.Linear(x)
		if err != nil {
			fmt.Printf("x=%.2f linear error: %v (range=%t)\n", x, err, errors.Is(err, ErrRange))
			continue
		}
		lag := t.Lagrange(x)
		fmt.Printf("x=%.2f sin=%.6f linear=%.6f (%.1e) lagrange=%.6f (%.1e)\n", x, math.Sin(x), lin, math.Abs(lin-math.Sin(x)), lag, math.Abs(lag-math.Sin(x)))
	}
	fmt.Printf("%.3f\n", pts)
}
