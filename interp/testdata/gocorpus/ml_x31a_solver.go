package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
)

type Model interface {
	Loss(w []float64) (float64, []float64)
	Accuracy(w []float64) float64
}

type Quadratic struct {
	Target []float64
	Noise  []float64
}

func (q Quadratic) Loss(w []float64) (float64, []float64) {
	g := make([]float64, len(w))
	l := 0.0
	for i := range w {
		d := w[i] - q.Target[i]
		l += d*d + q.Noise[i]*math.Sin(5*w[i])
		g[i] = 2*d + 5*q.Noise[i]*math.Cos(5*w[i])
	}
	return l, g
}

func (q Quadratic) Accuracy(w []float64) float64 {
	l, _ := q.Loss(w)
	return 1 / (1 + l)
}

type Solver struct {
	Model
	LR        float64
	Patience  int
	OnEpoch   func(epoch int, loss, acc float64)
	History   map[string][]float64
	bestW     []float64
	bestAcc   float64
	badEpochs int
}

func (s *Solver) Train(w []float64, epochs int) (best []float64, stopped int) {
	s.History = map[string][]float64{}
	for e := 0; e < epochs; e++ {
		loss, g := s.Loss(w)
		for i := range w {
			w[i] -= s.LR * g[i]
		}
		acc := s.Accuracy(w)
		s.History["loss"] = append(s.History["loss"], loss)
		s.History["acc"] = append(s.History["acc"], acc)
		if s.OnEpoch != nil {
			s.OnEpoch(e, loss, acc)
		}
		if acc > s.bestAcc {
			s.bestAcc = acc
			s.bestW = slices.Clone(w)
			s.badEpochs = 0
		} else if s.badEpochs++; s.badEpochs >= s.Patience {
			return s.bestW, e
		}
		s.LR *= 0.97
	}
	return s.bestW, epochs
}

func main() {
	m := Quadratic{Target: []float64{1, -2, 0.5}, Noise: []float64{0.3, 0.1, 0.4}}
	logged := 0
	s := &Solver{
		Model:    m,
		LR:       0.2,
		Patience: 3,
		OnEpoch: func(e int, loss, acc float64) {
			if e%4 == 0 {
				logged++
				fmt.Printf("(Epoch %d) loss: %.4f acc: %.4f\n", e, loss, acc)
			}
		},
	}
	w := []float64{0, 0, 0}
	best, stopped := s.Train(w, 100)
	fmt.Printf("stopped at %d, best acc %.4f\n", stopped, s.bestAcc)
	fmt.Printf("best w %.4f current w %.4f\n", best, w)
	fmt.Println("history keys:", slices.Sorted(maps.Keys(s.History)), "len", len(s.History["loss"]), "logged", logged)
	fmt.Println(s.Accuracy(best) == s.bestAcc)
}
