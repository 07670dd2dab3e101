package main

import (
	"errors"
	"fmt"
	"math"
)

type Transformer interface {
	Fit(X [][]float64) error
	Transform(X [][]float64) [][]float64
}

type StandardScaler struct {
	Mean, Std []float64
}

func (s *StandardScaler) Fit(X [][]float64) error {
	if len(X) == 0 {
		return errors.New("standard scaler: empty input")
	}
	d := len(X[0])
	s.Mean, s.Std = make([]float64, d), make([]float64, d)
	for _, row := range X {
		for j, v := range row {
			s.Mean[j] += v / float64(len(X))
		}
	}
	for _, row := range X {
		for j, v := range row {
			s.Std[j] += (v - s.Mean[j]) * (v - s.Mean[j]) / float64(len(X))
		}
	}
	for j := range s.Std {
		s.Std[j] = math.Sqrt(s.Std[j])
		if s.Std[j] == 0 {
			s.Std[j] = 1
		}
	}
	return nil
}

func (s *StandardScaler) Transform(X [][]float64) [][]float64 {
	return mapRows(X, func(j int, v float64) float64 { return (v - s.Mean[j]) / s.Std[j] })
}

type MinMax struct{ Lo, Hi []float64 }

func (m *MinMax) Fit(X [][]float64) error {
	if len(X) == 0 {
		return errors.New("minmax: empty input")
	}
	m.Lo = append([]float64(nil), X[0]...)
	m.Hi = append([]float64(nil), X[0]...)
	for _, row := range X[1:] {
		for j, v := range row {
			m.Lo[j] = min(m.Lo[j], v)
			m.Hi[j] = max(m.Hi[j], v)
		}
	}
	return nil
}

func (m *MinMax) Transform(X [][]float64) [][]float64 {
	return mapRows(X, func(j int, v float64) float64 {
		if m.Hi[j] == m.Lo[j] {
			return 0
		}
		return (v - m.Lo[j]) / (m.Hi[j] - m.Lo[j])
	})
}

type Clip struct{ Limit float64 }

func (Clip) Fit([][]float64) error { return nil }
func (c Clip) Transform(X [][]float64) [][]float64 {
	return mapRows(X, func(_ int, v float64) float64 { return math.Max(-c.Limit, math.Min(c.Limit, v)) })
}

func mapRows(X [][]float64, f func(j int, v float64) float64) [][]float64 {
	out := make([][]float64, len(X))
	for i, row := range X {
		out[i] = make([]float64, len(row))
		for j, v := range row {
			out[i][j] = f(j, v)
		}
	}
	return out
}

type Pipeline []Transformer

func (p Pipeline) FitTransform(X [][]float64) ([][]float64, error) {
	for i, t := range p {
		if err := t.Fit(X); err != nil {
			return nil, fmt.Errorf("step %d (%T): %w", i, t, err)
		}
		X = t.Transform(X)
	}
	return X, nil
}

func main() {
	X := [][]float64{{180, 75, 1}, {160, 60, 1}, {170, 68, 1}, {195, 120, 1}, {150, 45, 1}}
	ss := &StandardScaler{}
	p := Pipeline{ss, Clip{1.5}, &MinMax{}}
	out, err := p.FitTransform(X)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("mean=%.2f std=%.2f\n", ss.Mean, ss.Std)
	for _, row := range out {
		fmt.Printf("%.3f\n", row)
	}
	fmt.Printf("%#v\n", p[1])
	fmt.Printf("%+v\n", *p[2].(*MinMax))
	_, err = Pipeline{Clip{1}, &StandardScaler{}}.FitTransform(nil)
	fmt.Println("error:", err)
	var target *StandardScaler
	for _, t := range p {
		if s, ok := t.(*StandardScaler); ok {
			target = s
		}
	}
	fmt.Println(target == ss)
}
