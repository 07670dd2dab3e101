package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

type TwoLayerNet struct {
	W1, W2 [][]float64
	b1, b2 []float64
}

var zeroRNG = rand.New(rand.NewPCG(0, 0))

func randn(rng *rand.Rand, r, c int, std float64) [][]float64 {
	m := make([][]float64, r)
	for i := range m {
		m[i] = make([]float64, c)
		for j := range m[i] {
			m[i][j] = rng.NormFloat64() * std
		}
	}
	return m
}

func NewTwoLayerNet(in, hidden, out int, rng *rand.Rand) *TwoLayerNet {
	return &TwoLayerNet{
		W1: randn(rng, in, hidden, 0.5), b1: make([]float64, hidden),
		W2: randn(rng, hidden, out, 0.5), b2: make([]float64, out),
	}
}

// step does forward+backward on a batch and an SGD update; returns the loss.
func (n *TwoLayerNet) step(X [][]float64, y []int, lr, reg float64) float64 {
	H, C := len(n.b1), len(n.b2)
	gW1, gW2, gb1, gb2 := randn(zeroRNG, len(n.W1), H, 0), randn(zeroRNG, H, C, 0), make([]float64, H), make([]float64, C)
	loss, N := 0.0, float64(len(X))
	for s, x := range X {
		h := n.hidden(x)
		sc := n.scores(h)
		mx, z := slices.Max(sc), 0.0
		for k := range sc {
			sc[k] = math.Exp(sc[k] - mx)
			z += sc[k]
		}
		loss -= math.Log(sc[y[s]] / z)
		dh := make([]float64, H)
		for k := range sc {
			d := sc[k] / z
			if k == y[s] {
				d--
			}
			d /= N
			gb2[k] += d
			for j := 0; j < H; j++ {
				gW2[j][k] += h[j] * d
				dh[j] += n.W2[j][k] * d
			}
		}
		for j := 0; j < H; j++ {
			if h[j] > 0 {
				gb1[j] += dh[j]
				for i, xi := range x {
					gW1[i][j] += xi * dh[j]
				}
			}
		}
	}
	upd := func(W, G [][]float64) {
		for i := range W {
			for j := range W[i] {
				loss += 0.5 * reg * W[i][j] * W[i][j] * N
				W[i][j] -= lr * (G[i][j] + reg*W[i][j])
			}
		}
	}
	upd(n.W1, gW1)
	upd(n.W2, gW2)
	for _, p := range [][2][]float64{{n.b1, gb1}, {n.b2, gb2}} {
		for j := range p[0] {
			p[0][j] -= lr * p[1][j]
		}
	}
	return loss / N
}

func (n *TwoLayerNet) hidden(x []float64) []float64 {
	h := make([]float64, len(n.b1))
	for j := range h {
		h[j] = n.b1[j]
		for i, xi := range x {
			h[j] += xi * n.W1[i][j]
		}
		h[j] = math.Max(0, h[j])
	}
	return h
}

func (n *TwoLayerNet) predict(x []float64) int {
	sc := n.scores(n.hidden(x))
	return slices.Index(sc, slices.Max(sc))
}

func (n *TwoLayerNet) scores(h []float64) []float64 {
	sc := slices.Clone(n.b2)
	for k := range sc {
		for j := range h {
			sc[k] += h[j] * n.W2[j][k]
		}
	}
	return sc
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	const perClass, classes = 30, 3
	var X [][]float64
	var y []int
	for c := 0; c < classes; c++ {
		for i := 0; i < perClass; i++ {
			r := float64(i) / perClass
			t := float64(c)*4 + r*4 + rng.NormFloat64()*0.2
			X = append(X, []float64{r * math.Sin(t), r * math.Cos(t)})
			y = append(y, c)
		}
	}
	net := NewTwoLayerNet(2, 16, classes, rng)
	idx := rng.Perm(len(X))
	for epoch := 0; epoch < 60; epoch++ {
		var last float64
		for b := 0; b < len(idx); b += 15 {
			bx, by := [][]float64{}, []int{}
			for _, k := range idx[b:min(b+15, len(idx))] {
				bx, by = append(bx, X[k]), append(by, y[k])
			}
			last = net.step(bx, by, 0.5, 1e-3)
		}
		if epoch%15 == 0 || epoch == 59 {
			correct := 0
			for i := range X {
				if net.predict(X[i]) == y[i] {
					correct++
				}
			}
			fmt.Printf("epoch %2d loss %.4f train acc %.3f\n", epoch, last, float64(correct)/float64(len(X)))
		}
	}
}
