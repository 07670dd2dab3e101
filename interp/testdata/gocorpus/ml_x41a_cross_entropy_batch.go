package main

import (
	"fmt"
	"math"
)

type Batch struct {
	Logits [][]float64
	Labels []int
}

func softmax(row []float64) []float64 {
	m := row[0]
	for _, v := range row[1:] {
		m = math.Max(m, v)
	}
	out := make([]float64, len(row))
	var z float64
	for i, v := range row {
		out[i] = math.Exp(v - m)
		z += out[i]
	}
	for i := range out {
		out[i] /= z
	}
	return out
}

func (b Batch) LossAndGrad() (loss float64, grad [][]float64, acc float64) {
	n := float64(len(b.Labels))
	grad = make([][]float64, len(b.Logits))
	correct := 0
	for i, row := range b.Logits {
		p := softmax(row)
		y := b.Labels[i]
		loss += -math.Log(p[y]) / n
		grad[i] = make([]float64, len(p))
		pred := 0
		for j := range p {
			grad[i][j] = p[j] / n
			if p[j] > p[pred] {
				pred = j
			}
		}
		grad[i][y] -= 1 / n
		if pred == y {
			correct++
		}
	}
	return loss, grad, float64(correct) / n
}

func oneHot(labels []int, k int) [][]int {
	out := make([][]int, len(labels))
	for i, l := range labels {
		out[i] = make([]int, k)
		out[i][l] = 1
	}
	return out
}

func main() {
	b := Batch{
		Logits: [][]float64{{2.0, 1.0, 0.1}, {0.5, 2.5, 0.3}, {-1, 0, 3}, {1, 1, 1}},
		Labels: []int{0, 2, 2, 1},
	}
	fmt.Println("one-hot:", oneHot(b.Labels, 3))
	for it := 0; it < 4; it++ {
		loss, grad, acc := b.LossAndGrad()
		fmt.Printf("iter %d loss=%.5f acc=%.2f\n", it, loss, acc)
		if it == 0 {
			for i, g := range grad {
				s := 0.0
				for _, v := range g {
					s += v
				}
				fmt.Printf("  grad row %d %+.4f (sum %.1e)\n", i, g, math.Abs(s))
			}
		}
		for i := range b.Logits {
			for j := range b.Logits[i] {
				b.Logits[i][j] -= 2.0 * grad[i][j]
			}
		}
	}
	huge := softmax([]float64{1000, 999, -1000})
	fmt.Printf("stable softmax of huge logits: %.6f\n", huge)
	fmt.Println("uniform loss for 3 classes:", math.Log(3))
}
