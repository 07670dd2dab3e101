package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Mat [][]float64

func newMat(r, c int, init func() float64) Mat {
	m := make(Mat, r)
	for i := range m {
		m[i] = make([]float64, c)
		for j := range m[i] {
			m[i][j] = init()
		}
	}
	return m
}

func matVec(m Mat, v []float64, b []float64) []float64 {
	out := make([]float64, len(m))
	for i, row := range m {
		s := b[i]
		for j, w := range row {
			s += w * v[j]
		}
		out[i] = s
	}
	return out
}

type MLP struct {
	W1, W2 Mat
	B1, B2 []float64
}

func (n *MLP) forward(x []float64) (h, p []float64) {
	h = matVec(n.W1, x, n.B1)
	for i := range h {
		h[i] = math.Max(0, h[i])
	}
	z := matVec(n.W2, h, n.B2)
	mx := math.Max(z[0], z[1])
	e0, e1 := math.Exp(z[0]-mx), math.Exp(z[1]-mx)
	return h, []float64{e0 / (e0 + e1), e1 / (e0 + e1)}
}

func (n *MLP) step(X [][]float64, Y []int, lr float64) float64 {
	var loss float64
	for k, x := range X {
		h, p := n.forward(x)
		loss -= math.Log(p[Y[k]] + 1e-12)
		dz := []float64{p[0], p[1]}
		dz[Y[k]] -= 1
		dh := make([]float64, len(h))
		for i := range n.W2 {
			for j := range h {
				dh[j] += dz[i] * n.W2[i][j]
				n.W2[i][j] -= lr * dz[i] * h[j]
			}
			n.B2[i] -= lr * dz[i]
		}
		for j := range n.W1 {
			if h[j] <= 0 {
				continue
			}
			for i := range x {
				n.W1[j][i] -= lr * dh[j] * x[i]
			}
			n.B1[j] -= lr * dh[j]
		}
	}
	return loss / float64(len(X))
}

func main() {
	r := rand.New(rand.NewPCG(3, 4))
	var X [][]float64
	var Y []int
	for i := 0; i < 40; i++ {
		t := float64(i) / 40 * 3
		for c := 0; c < 2; c++ {
			a := t + float64(c)*math.Pi
			X = append(X, []float64{t * math.Cos(a) / 3, t * math.Sin(a) / 3})
			Y = append(Y, c)
		}
	}
	hidden := 12
	gauss := func() float64 { return r.NormFloat64() * 0.5 }
	net := &MLP{W1: newMat(hidden, 2, gauss), W2: newMat(2, hidden, gauss), B1: make([]float64, hidden), B2: make([]float64, 2)}
	for epoch := 1; epoch <= 300; epoch++ {
		loss := net.step(X, Y, 0.05)
		if epoch%60 == 0 {
			correct := 0
			for k, x := range X {
				_, p := net.forward(x)
				if (p[1] > 0.5) == (Y[k] == 1) {
					correct++
				}
			}
			fmt.Printf("epoch %3d loss %.4f acc %.3f\n", epoch, loss, float64(correct)/float64(len(X)))
		}
	}
	for y := 1.0; y >= -1.0; y -= 0.25 {
		line := make([]byte, 0, 17)
		for x := -1.0; x <= 1.0; x += 0.125 {
			_, p := net.forward([]float64{x, y})
			if p[1] > 0.5 {
				line = append(line, '#')
			} else {
				line = append(line, '.')
			}
		}
		fmt.Println(string(line))
	}
}
