package main

import (
	"fmt"
	"math"
	"strings"
)

func softmax(z []float64) []float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	out := make([]float64, len(z))
	sum := 0.0
	for i, v := range z {
		out[i] = math.Exp(v - m)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

func crossEntropy(p []float64, y int) float64 {
	return -math.Log(p[y])
}

func gradLogits(p []float64, y int) []float64 {
	g := append([]float64(nil), p...)
	g[y] -= 1
	return g
}

func fmtVec(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%+.4f", x)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	logits := [][]float64{
		{2.0, 1.0, 0.1},
		{0.5, 2.5, -1.0},
		{1000, 1001, 999},
	}
	labels := []int{0, 2, 1}
	total := 0.0
	for i, z := range logits {
		p := softmax(z)
		l := crossEntropy(p, labels[i])
		total += l
		fmt.Printf("sample %d: p=%s y=%d loss=%.4f\n", i, fmtVec(p), labels[i], l)
		fmt.Printf("          dz=%s\n", fmtVec(gradLogits(p, labels[i])))
	}
	fmt.Printf("mean loss: %.6f\n", total/float64(len(logits)))

	// gradient descent on logits of first sample
	z := append([]float64{}, logits[0]...)
	for it := 0; it < 5; it++ {
		p := softmax(z)
		g := gradLogits(p, 1)
		for j := range z {
			z[j] -= 1.0 * g[j]
		}
		fmt.Printf("iter %d loss %.4f\n", it, crossEntropy(softmax(z), 1))
	}
}
