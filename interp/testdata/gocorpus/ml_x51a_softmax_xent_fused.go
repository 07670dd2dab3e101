package main

import (
	"fmt"
	"math"
)

type SoftmaxCE struct {
	probs  [][]float64
	labels []int
}

func (s *SoftmaxCE) Forward(logits [][]float64, labels []int) float64 {
	s.labels = labels
	s.probs = make([][]float64, len(logits))
	total := 0.0
	for i, row := range logits {
		mx := math.Inf(-1)
		for _, v := range row {
			mx = math.Max(mx, v)
		}
		sum := 0.0
		p := make([]float64, len(row))
		for j, v := range row {
			p[j] = math.Exp(v - mx)
			sum += p[j]
		}
		for j := range p {
			p[j] /= sum
		}
		s.probs[i] = p
		total -= math.Log(p[labels[i]])
	}
	return total / float64(len(logits))
}

func (s *SoftmaxCE) Backward() [][]float64 {
	n := float64(len(s.probs))
	g := make([][]float64, len(s.probs))
	for i, p := range s.probs {
		g[i] = make([]float64, len(p))
		copy(g[i], p)
		g[i][s.labels[i]] -= 1
		for j := range g[i] {
			g[i][j] /= n
		}
	}
	return g
}

func main() {
	logits := [][]float64{{2.0, 1.0, 0.1}, {0.5, 2.5, 0.3}, {1000, 1001, 999}}
	labels := []int{0, 2, 1}
	var ce SoftmaxCE
	L := ce.Forward(logits, labels)
	fmt.Printf("loss = %.6f\n", L)
	g := ce.Backward()
	fmt.Println("   i  j   analytic    numeric")
	for i := range logits {
		rowSum := 0.0
		for j := range logits[i] {
			o := logits[i][j]
			logits[i][j] = o + 1e-5
			lp := new(SoftmaxCE).Forward(logits, labels)
			logits[i][j] = o - 1e-5
			lm := new(SoftmaxCE).Forward(logits, labels)
			logits[i][j] = o
			fmt.Printf("%4d %2d %10.6f %10.6f\n", i, j, g[i][j], (lp-lm)/2e-5)
			rowSum += g[i][j]
		}
		fmt.Printf("  row %d gradient sum: %.1e\n", i, math.Abs(math.Round(rowSum*1e12)/1e12))
	}
	fmt.Println("stable:", !math.IsNaN(L) && !math.IsInf(L, 0))
}
