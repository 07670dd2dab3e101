// Exercises: softmax with max subtraction, cross-entropy, gradient p - onehot, huge logits without overflow
package main

import (
	"fmt"
	"math"
)

func softmax(z []float64) []float64 {
	m := z[0]
	for _, v := range z[1:] {
		if v > m {
			m = v
		}
	}
	p := make([]float64, len(z))
	sum := 0.0
	for i, v := range z {
		p[i] = math.Exp(v - m)
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
	return p
}

func crossEntropy(z []float64, y int) (float64, []float64) {
	p := softmax(z)
	loss := -math.Log(p[y])
	g := append([]float64(nil), p...)
	g[y] -= 1
	return loss, g
}

func main() {
	for _, tc := range []struct {
		z []float64
		y int
	}{
		{[]float64{3.2, 5.1, -1.7}, 0},
		{[]float64{1000, 1001, 1002}, 2},
		{[]float64{0, 0, 0, 0}, 1},
	} {
		loss, g := crossEntropy(tc.z, tc.y)
		fmt.Printf("loss=%.4f grad=%.4f\n", loss, g)
	}
	naive := math.Exp(1000) / (math.Exp(1000) + math.Exp(1001))
	fmt.Println("naive:", naive, math.IsNaN(naive))
}
