package main

import (
	"fmt"
	"math/rand/v2"
)

type Params struct {
	W []float64
	B float64
}

func (p Params) Predict(x []float64) float64 {
	s := p.B
	for i, w := range p.W {
		s += w * x[i]
	}
	return s
}

func standardize(X [][]float64) (means, stds []float64) {
	d := len(X[0])
	means, stds = make([]float64, d), make([]float64, d)
	for j := 0; j < d; j++ {
		for _, x := range X {
			means[j] += x[j]
		}
		means[j] /= float64(len(X))
		for _, x := range X {
			stds[j] += (x[j] - means[j]) * (x[j] - means[j])
		}
		stds[j] = max(1e-8, sqrt(stds[j]/float64(len(X))))
		for _, x := range X {
			x[j] = (x[j] - means[j]) / stds[j]
		}
	}
	return
}

func sqrt(x float64) float64 {
	z := x / 2
	if z == 0 {
		return 0
	}
	for range 30 {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	trueW := []float64{2, -1, 0.5}
	var X [][]float64
	var Y []float64
	for i := 0; i < 100; i++ {
		x := []float64{r.Float64() * 10, r.Float64() * 5, r.Float64()*2 - 1}
		y := 4.0
		for j := range x {
			y += trueW[j] * x[j]
		}
		X = append(X, x)
		Y = append(Y, y+r.NormFloat64()*0.1)
	}
	means, stds := standardize(X)
	fmt.Printf("means=%.4f stds=%.4f\n", means, stds)
	p := Params{W: make([]float64, 3)}
	vw := make([]float64, 3)
	vb := 0.0
	const lr, beta = 0.05, 0.9
	for epoch := 0; epoch < 150; epoch++ {
		gw := make([]float64, 3)
		gb, loss := 0.0, 0.0
		for i, x := range X {
			e := p.Predict(x) - Y[i]
			loss += e * e
			for j := range gw {
				gw[j] += e * x[j] / float64(len(X))
			}
			gb += e / float64(len(X))
		}
		for j := range p.W {
			vw[j] = beta*vw[j] + gw[j]
			p.W[j] -= lr * vw[j]
		}
		vb = beta*vb + gb
		p.B -= lr * vb
		if epoch%50 == 0 {
			fmt.Printf("epoch %d mse=%.4f\n", epoch, loss/float64(len(X)))
		}
	}
	orig := make([]float64, 3)
	for j := range orig {
		orig[j] = p.W[j] / stds[j]
	}
	fmt.Printf("recovered W=%.4f\n", orig)
}
