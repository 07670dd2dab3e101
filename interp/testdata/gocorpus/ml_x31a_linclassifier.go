package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type LossFunc interface {
	Loss(W [][]float64, X [][]float64, y []int, reg float64) (float64, [][]float64)
}

type LinearClassifier struct {
	W    [][]float64
	loss LossFunc
}

type svmLoss struct{}
type softmaxLoss struct{}

func scores(W [][]float64, x []float64) []float64 {
	s := make([]float64, len(W[0]))
	for d, xv := range x {
		for c := range s {
			s[c] += xv * W[d][c]
		}
	}
	return s
}

func grad0(W [][]float64) [][]float64 {
	g := make([][]float64, len(W))
	for i := range g {
		g[i] = make([]float64, len(W[0]))
	}
	return g
}

func (svmLoss) Loss(W, X [][]float64, y []int, reg float64) (float64, [][]float64) {
	g, l := grad0(W), 0.0
	for i, x := range X {
		s := scores(W, x)
		for c := range s {
			if m := s[c] - s[y[i]] + 1; c != y[i] && m > 0 {
				l += m
				for d := range x {
					g[d][c] += x[d] / float64(len(X))
					g[d][y[i]] -= x[d] / float64(len(X))
				}
			}
		}
	}
	return l/float64(len(X)) + regularize(W, g, reg), g
}

func (softmaxLoss) Loss(W, X [][]float64, y []int, reg float64) (float64, [][]float64) {
	g, l := grad0(W), 0.0
	for i, x := range X {
		s := scores(W, x)
		z := 0.0
		for c := range s {
			s[c] = math.Exp(s[c])
			z += s[c]
		}
		l -= math.Log(s[y[i]] / z)
		for c := range s {
			p := s[c] / z
			if c == y[i] {
				p--
			}
			for d := range x {
				g[d][c] += p * x[d] / float64(len(X))
			}
		}
	}
	return l/float64(len(X)) + regularize(W, g, reg), g
}

func regularize(W, g [][]float64, reg float64) (r float64) {
	for d := range W {
		for c := range W[d] {
			r += reg * W[d][c] * W[d][c]
			g[d][c] += 2 * reg * W[d][c]
		}
	}
	return
}

func (lc *LinearClassifier) Train(X [][]float64, y []int, lr, reg float64, iters, batch int, rng *rand.Rand) []float64 {
	var hist []float64
	for it := 0; it < iters; it++ {
		bx, by := make([][]float64, batch), make([]int, batch)
		for b := range bx {
			k := rng.IntN(len(X))
			bx[b], by[b] = X[k], y[k]
		}
		l, g := lc.loss.Loss(lc.W, bx, by, reg)
		hist = append(hist, l)
		for d := range lc.W {
			for c := range lc.W[d] {
				lc.W[d][c] -= lr * g[d][c]
			}
		}
	}
	return hist
}

func (lc *LinearClassifier) Predict(x []float64) int {
	s := scores(lc.W, x)
	best := 0
	for c := range s {
		if s[c] > s[best] {
			best = c
		}
	}
	return best
}

type LinearSVM struct{ LinearClassifier }
type Softmax struct{ LinearClassifier }

func main() {
	rng := rand.New(rand.NewPCG(9, 9))
	var X [][]float64
	var y []int
	for i := 0; i < 150; i++ {
		c := i % 3
		X = append(X, []float64{float64(c) + rng.NormFloat64()*0.4, float64(c*c)/2 + rng.NormFloat64()*0.4, 1})
		y = append(y, c)
	}
	svm := &LinearSVM{LinearClassifier{W: grad0([][]float64{{0, 0, 0}, {0}, {0}}), loss: svmLoss{}}}
	sm := &Softmax{LinearClassifier{W: grad0([][]float64{{0, 0, 0}, {0}, {0}}), loss: softmaxLoss{}}}
	for _, m := range []interface {
		Train([][]float64, []int, float64, float64, int, int, *rand.Rand) []float64
		Predict([]float64) int
	}{svm, sm} {
		h := m.Train(X, y, 0.1, 1e-3, 300, 32, rng)
		acc := 0
		for i := range X {
			if m.Predict(X[i]) == y[i] {
				acc++
			}
		}
		fmt.Printf("%T: loss %.4f -> %.4f, train acc %.3f\n", m, h[0], h[len(h)-1], float64(acc)/float64(len(X)))
	}
}
