package main

import (
	"fmt"
	"math"
)

func softmax(z []float64) []float64 {
	m := z[0]
	for _, v := range z[1:] {
		m = max(m, v)
	}
	out := make([]float64, len(z))
	var s float64
	for i, v := range z {
		out[i] = math.Exp(v - m)
		s += out[i]
	}
	for i := range out {
		out[i] /= s
	}
	return out
}

func crossEntropy(scores [][]float64, labels []int) (float64, [][]float64) {
	n := float64(len(scores))
	var loss float64
	grad := make([][]float64, len(scores))
	for i, row := range scores {
		p := softmax(row)
		loss -= math.Log(p[labels[i]])
		g := make([]float64, len(p))
		copy(g, p)
		g[labels[i]] -= 1
		for j := range g {
			g[j] /= n
		}
		grad[i] = g
	}
	return loss / n, grad
}

func main() {
	scores := [][]float64{
		{3.2, 5.1, -1.7},
		{1.3, 4.9, 2.0},
		{2.2, 2.5, -3.1},
	}
	labels := []int{0, 1, 2}
	loss, g := crossEntropy(scores, labels)
	fmt.Printf("loss = %.5f\n", loss)
	for i, row := range g {
		fmt.Printf("dscores[%d] = [", i)
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%+.4f", v)
		}
		fmt.Println("]")
	}
	// numerical check on one entry
	h := 1e-5
	scores[1][2] += h
	lp, _ := crossEntropy(scores, labels)
	scores[1][2] -= 2 * h
	lm, _ := crossEntropy(scores, labels)
	scores[1][2] += h
	fmt.Printf("numeric d[1][2]=%.6f analytic=%.6f\n", (lp-lm)/(2*h), g[1][2])
	p := softmax([]float64{1000, 1000, 1000})
	fmt.Printf("%.4f %v\n", p, math.IsNaN(p[0]))
}
