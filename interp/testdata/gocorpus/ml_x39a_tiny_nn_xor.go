package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Layer struct {
	W [][]float64
	B []float64
	// cached for backprop
	in, out []float64
}

func NewLayer(r *rand.Rand, nIn, nOut int) *Layer {
	l := &Layer{W: make([][]float64, nOut), B: make([]float64, nOut)}
	for i := range l.W {
		l.W[i] = make([]float64, nIn)
		for j := range l.W[i] {
			l.W[i][j] = r.Float64()*2 - 1
		}
	}
	return l
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func (l *Layer) Forward(x []float64) []float64 {
	l.in = x
	l.out = make([]float64, len(l.W))
	for i, row := range l.W {
		s := l.B[i]
		for j, w := range row {
			s += w * x[j]
		}
		l.out[i] = sigmoid(s)
	}
	return l.out
}

// Backward takes dL/dout and returns dL/din, updating weights.
func (l *Layer) Backward(grad []float64, lr float64) []float64 {
	dIn := make([]float64, len(l.in))
	for i, row := range l.W {
		d := grad[i] * l.out[i] * (1 - l.out[i])
		for j := range row {
			dIn[j] += d * row[j]
			row[j] -= lr * d * l.in[j]
		}
		l.B[i] -= lr * d
	}
	return dIn
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
	r := rand.New(rand.NewSource(7))
	net := Net{NewLayer(r, 2, 4), NewLayer(r, 4, 1)}
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	Y := [][]float64{{0}, {1}, {1}, {0}}
	for epoch := 1; epoch <= 5000; epoch++ {
		total := 0.0
		for i := range X {
			total += net.Train(X[i], Y[i], 0.8)
		}
		if epoch%1000 == 0 {
			fmt.Printf("epoch %d loss %.6f\n", epoch, total)
		}
	}
	for i, x := range X {
		p := net.Predict(x)[0]
		cls := 0
		if p > 0.5 {
			cls = 1
		}
		fmt.Printf("%v -> %.4f (class %d, want %v)\n", x, p, cls, Y[i][0])
	}
	fmt.Printf("hidden layer: %d units, output bias %.3f\n", len(net[0].W), net[1].B[0])
}
