// Exercises: softmax regression with numerically stable softmax, cross-entropy, per-class weight rows, variadic max
package main

import (
	"fmt"
	"math"
)

func maxOf(xs ...float64) float64 {
	m := math.Inf(-1)
	for _, x := range xs {
		m = math.Max(m, x)
	}
	return m
}

// softmax shifts by the largest logit so that exp never overflows (1000 -> e^0).
func softmax(z []float64) (p []float64) {
	shift, total := maxOf(z...), 0.0
	for _, v := range z {
		e := math.Exp(v - shift)
		p, total = append(p, e), total+e
	}
	for i, e := range p {
		p[i] = e / total
	}
	return p
}

func main() {
	X := [][]float64{{1, 0.2}, {0.9, 0.1}, {0.1, 1}, {0.2, 0.8}, {-1, -1}, {-0.8, -0.9}}
	Y := []int{0, 0, 1, 1, 2, 2}
	const C = 3
	W := make([][]float64, C)
	for c := range W {
		W[c] = make([]float64, 3) // two features and a bias
	}
	for epoch := 0; epoch < 200; epoch++ {
		loss := 0.0
		for i, x := range X {
			xb := append(x[:2:2], 1)
			z := make([]float64, C)
			for c := 0; c < C; c++ {
				for j := range xb {
					z[c] += W[c][j] * xb[j]
				}
			}
			p := softmax(z)
			loss -= math.Log(p[Y[i]])
			for c := 0; c < C; c++ {
				g := p[c]
				if c == Y[i] {
					g--
				}
				for j := range xb {
					W[c][j] -= 0.5 * g * xb[j]
				}
			}
		}
		if epoch%50 == 0 {
			fmt.Printf("epoch %3d loss %.4f\n", epoch, loss/float64(len(X)))
		}
	}
	fmt.Printf("%.3f\n", softmax([]float64{1000, 1001, 1002}))
	fmt.Println(len(X[0]), cap(X[0]))
}
