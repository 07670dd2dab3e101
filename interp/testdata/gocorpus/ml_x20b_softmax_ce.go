package main

import (
	"fmt"
	"math"
	"slices"
)

func softmax(logits []float64) []float64 {
	mx := slices.Max(logits)
	out := make([]float64, len(logits))
	sum := 0.0
	for i, z := range logits {
		out[i] = math.Exp(z - mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

func crossEntropy(probs []float64, target int) float64 {
	return -math.Log(math.Max(probs[target], 1e-15))
}

func ceGrad(probs []float64, target int) []float64 {
	g := slices.Clone(probs)
	g[target] -= 1
	return g
}

func argmax(xs []float64) int {
	best := 0
	for i, v := range xs {
		if v > xs[best] {
			best = i
		}
	}
	return best
}

func main() {
	batch := [][]float64{
		{2.0, 1.0, 0.1},
		{0.5, 2.5, 0.3},
		{1000, 1001, 999},
		{-1, -1, -1},
	}
	targets := []int{0, 1, 1, 2}
	total := 0.0
	correct := 0
	for i, logits := range batch {
		p := softmax(logits)
		l := crossEntropy(p, targets[i])
		total += l
		if argmax(p) == targets[i] {
			correct++
		}
		g := ceGrad(p, targets[i])
		fmt.Printf("probs=%.4f loss=%.4f grad=%.4f\n", p, l, g)
	}
	fmt.Printf("mean loss=%.4f acc=%d/%d\n", total/float64(len(batch)), correct, len(batch))
	// train logits for single target
	z := []float64{0, 0, 0, 0}
	for step := 0; step < 50; step++ {
		p := softmax(z)
		for i, g := range ceGrad(p, 3) {
			z[i] -= 0.5 * g
		}
	}
	fmt.Printf("trained z=%v\n", slices.Collect(func(yield func(string) bool) {
		for _, v := range z {
			if !yield(fmt.Sprintf("%.3f", v)) {
				return
			}
		}
	}))
}
