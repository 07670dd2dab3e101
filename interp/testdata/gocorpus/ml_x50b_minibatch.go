package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Dataset struct {
	X [][]float64
	Y []float64
}

func (d Dataset) Batches(size int, r *rand.Rand) func(yield func([]int) bool) {
	return func(yield func([]int) bool) {
		idx := r.Perm(len(d.Y))
		for i := 0; i < len(idx); i += size {
			end := min(i+size, len(idx))
			if !yield(idx[i:end]) {
				return
			}
		}
	}
}

func main() {
	r := rand.New(rand.NewSource(42))
	var d Dataset
	trueW := []float64{2, -3, 0.5}
	for i := 0; i < 40; i++ {
		x := []float64{r.Float64()*2 - 1, r.Float64()*2 - 1, r.Float64()*2 - 1}
		y := 1.0
		for j := range x {
			y += trueW[j] * x[j]
		}
		y += r.NormFloat64() * 0.05
		d.X = append(d.X, x)
		d.Y = append(d.Y, y)
	}
	w := make([]float64, 3)
	b := 0.0
	lr := 0.1
	for epoch := 1; epoch <= 30; epoch++ {
		nb := 0
		for batch := range d.Batches(8, r) {
			gw := make([]float64, 3)
			gb := 0.0
			for _, i := range batch {
				p := b
				for j := range w {
					p += w[j] * d.X[i][j]
				}
				e := p - d.Y[i]
				for j := range gw {
					gw[j] += e * d.X[i][j]
				}
				gb += e
			}
			for j := range w {
				w[j] -= lr * gw[j] / float64(len(batch))
			}
			b -= lr * gb / float64(len(batch))
			nb++
		}
		if epoch%10 == 0 {
			loss := 0.0
			for i := range d.Y {
				p := b
				for j := range w {
					p += w[j] * d.X[i][j]
				}
				loss += math.Pow(p-d.Y[i], 2)
			}
			fmt.Printf("epoch %2d batches=%d loss=%.6f w=%.3f b=%.3f\n", epoch, nb, loss/float64(len(d.Y)), w, b)
		}
	}
}
