package main

import (
	"errors"
	"fmt"
	"math"
)

type Scaler struct {
	Mean, Std []float64
}

var ErrShape = errors.New("shape mismatch")

func (s *Scaler) Fit(X [][]float64) {
	d := len(X[0])
	s.Mean = make([]float64, d)
	s.Std = make([]float64, d)
	for _, x := range X {
		for j, v := range x {
			s.Mean[j] += v
		}
	}
	for j := range s.Mean {
		s.Mean[j] /= float64(len(X))
	}
	for _, x := range X {
		for j, v := range x {
			s.Std[j] += (v - s.Mean[j]) * (v - s.Mean[j])
		}
	}
	for j := range s.Std {
		s.Std[j] = math.Sqrt(s.Std[j] / float64(len(X)))
	}
}

func (s *Scaler) Transform(x []float64) ([]float64, error) {
	if len(x) != len(s.Mean) {
		return nil, fmt.Errorf("transform %v: %w", x, ErrShape)
	}
	out := make([]float64, len(x))
	for j, v := range x {
		if s.Std[j] == 0 {
			continue
		}
		out[j] = (v - s.Mean[j]) / s.Std[j]
	}
	return out, nil
}

func (s Scaler) Inverse(z []float64) []float64 {
	out := make([]float64, len(z))
	for j := range z {
		out[j] = z[j]*s.Std[j] + s.Mean[j]
	}
	return out
}

func main() {
	X := [][]float64{{170, 65, 1}, {180, 80, 1}, {160, 55, 1}, {175, 72, 1}, {165, 60, 1}}
	var sc Scaler
	sc.Fit(X)
	fmt.Printf("mean=%.2f\nstd=%.4f\n", sc.Mean, sc.Std)
	for _, x := range X {
		z, err := sc.Transform(x)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%v -> %+.4f -> %.1f\n", x, z, sc.Inverse(z))
	}
	_, err := sc.Transform([]float64{1, 2})
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Printf("%#v\n", Scaler{Mean: []float64{1}, Std: nil})
}
