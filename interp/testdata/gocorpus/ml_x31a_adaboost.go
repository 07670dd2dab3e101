package main

import (
	"fmt"
	"math"
	"sort"
)

type Stump struct {
	Feature   int
	Threshold float64
	Polarity  int
	Alpha     float64
}

func (s Stump) Predict(x []float64) int {
	if float64(s.Polarity)*x[s.Feature] < float64(s.Polarity)*s.Threshold {
		return -1
	}
	return 1
}

func fitStump(X [][]float64, y []int, w []float64) (Stump, float64) {
	best, bestErr := Stump{}, math.Inf(1)
	for f := range X[0] {
		vals := make([]float64, len(X))
		for i := range X {
			vals[i] = X[i][f]
		}
		sort.Float64s(vals)
		for _, t := range vals {
			for _, pol := range []int{1, -1} {
				s := Stump{Feature: f, Threshold: t, Polarity: pol}
				e := 0.0
				for i := range X {
					if s.Predict(X[i]) != y[i] {
						e += w[i]
					}
				}
				if e < bestErr {
					best, bestErr = s, e
				}
			}
		}
	}
	return best, bestErr
}

type AdaBoost []Stump

func (a AdaBoost) Predict(x []float64) int {
	s := 0.0
	for _, st := range a {
		s += st.Alpha * float64(st.Predict(x))
	}
	if s < 0 {
		return -1
	}
	return 1
}

func main() {
	X := [][]float64{{1, 2}, {2, 1}, {3, 4}, {4, 3}, {5, 5}, {1, 5}, {2, 4}, {5, 1}, {4, 1.5}, {3, 3}}
	y := []int{-1, -1, 1, 1, 1, -1, 1, 1, -1, -1}
	w := make([]float64, len(X))
	for i := range w {
		w[i] = 1 / float64(len(X))
	}
	var model AdaBoost
	for round := 0; round < 5; round++ {
		s, err := fitStump(X, y, w)
		err = math.Max(err, 1e-10)
		s.Alpha = 0.5 * math.Log((1-err)/err)
		model = append(model, s)
		z := 0.0
		for i := range w {
			w[i] *= math.Exp(-s.Alpha * float64(y[i]*s.Predict(X[i])))
			z += w[i]
		}
		for i := range w {
			w[i] /= z
		}
		correct := 0
		for i := range X {
			if model.Predict(X[i]) == y[i] {
				correct++
			}
		}
		fmt.Printf("round %d: %+v err=%.3f ensemble acc=%d/%d\n", round, s, err, correct, len(X))
	}
	fmt.Printf("weights: %.3f\n", w)
	fmt.Println(model.Predict([]float64{4, 4}), model.Predict([]float64{1, 1}))
}
