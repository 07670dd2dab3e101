package main

import (
	"fmt"
	"math"
)

type Layer struct {
	W       [][]float64 // out x in
	B       []float64
	in, out []float64
	act     func(float64) float64
	dact    func(float64) float64 // derivative given activated output
}

func sigmoid(x float64) float64  { return 1 / (1 + math.Exp(-x)) }
func dsigmoid(y float64) float64 { return y * (1 - y) }

func NewLayer(nIn, nOut int, seed *uint64) *Layer {
	l := &Layer{W: make([][]float64, nOut), B: make([]float64, nOut), act: sigmoid, dact: dsigmoid}
	for i := range l.W {
		l.W[i] = make([]float64, nIn)
		for j := range l.W[i] {
			*seed = *seed*6364136223846793005 + 1442695040888963407
			l.W[i][j] = float64(*seed>>40)/float64(1<<24)*2 - 1
		}
	}
	return l
}

func (l *Layer) Forward(x []float64) []float64 {
	l.in = x
	l.out = make([]float64, len(l.W))
	for i, row := range l.W {
		s := l.B[i]
		for j, w := range row {
			s += w * x[j]
		}
		l.out[i] = l.act(s)
	}
	return l.out
}

// Backward takes dL/dout and returns dL/din, updating weights.
func (l *Layer) Backward(grad []float64, lr float64) []float64 {
	din := make([]float64, len(l.in))
	for i, row := range l.W {
		d := grad[i] * l.dact(l.out[i])
		for j := range row {
			din[j] += d * row[j]
			row[j] -= lr * d * l.in[j]
		}
		l.B[i] -= lr * d
	}
	return din
}

type Net []*Layer

func (n Net) Predict(x []float64) []float64 {
	for _, l := range n {
		x = l.Forward(x)
	}
	return x
}

func (n Net) Train(x, y []float64, lr float64) float64 {
	out := n.Predict(x)
	grad := make([]float64, len(out))
	loss := 0.0
	for i := range out {
		grad[i] = out[i] - y[i]
		loss += 0.5 * grad[i] * grad[i]
	}
	for i := len(n) - 1; i >= 0; i-- {
		grad = n[i].Backward(grad, lr)
	}
	return loss
}

func main() {
	seed := uint64(12345)
	net := Net{NewLayer(2, 4, &seed), NewLayer(4, 1, &seed)}
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	Y := [][]float64{{0}, {1}, {1}, {0}}
	for epoch := 1; epoch <= 6000; epoch++ {
		total := 0.0
		for i := range X {
			total += net.Train(X[i], Y[i], 0.8)
		}
		if epoch%1500 == 0 {
			fmt.Printf("epoch %4d loss %.6f\n", epoch, total)
		}
	}
	for i, x := range X {
		p := net.Predict(x)[0]
		fmt.Printf("%v -> %.4f (want %v) rounded %v\n", x, p, Y[i][0], math.Round(p))
	}
	fmt.Printf("hidden w[0] = %.3f\n", net[0].W[0])
}
