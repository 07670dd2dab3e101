// Exercises: a student's SVM notebook: global data and weights, helpers above main, a loss printed per epoch and a final accuracy
package main

import "fmt"

var (
	X = [][]float64{{1, 0.5}, {0.2, 1}, {-1, -0.3}, {-0.4, -1.2}, {0.9, -0.2}, {-0.8, 0.6}}
	Y = []int{0, 1, 2, 2, 0, 1}
	W = [3][3]float64{} // class x (2 features + bias)
)

func scores(x []float64) [3]float64 {
	var s [3]float64
	for c := range W {
		s[c] = W[c][0]*x[0] + W[c][1]*x[1] + W[c][2]
	}
	return s
}

func epoch(lr, reg float64) float64 {
	var dW [3][3]float64
	loss := 0.0
	for i, x := range X {
		s := scores(x)
		for c := 0; c < 3; c++ {
			if c == Y[i] {
				continue
			}
			if m := s[c] - s[Y[i]] + 1; m > 0 {
				loss += m
				for k, v := range []float64{x[0], x[1], 1} {
					dW[c][k] += v
					dW[Y[i]][k] -= v
				}
			}
		}
	}
	n := float64(len(X))
	for c := range W {
		for k := range W[c] {
			loss += reg * W[c][k] * W[c][k] * n
			W[c][k] -= lr * (dW[c][k]/n + 2*reg*W[c][k])
		}
	}
	return loss / n
}

func accuracy() float64 {
	ok := 0
	for i, x := range X {
		s := scores(x)
		best := 0
		for c := range s {
			if s[c] > s[best] {
				best = c
			}
		}
		if best == Y[i] {
			ok++
		}
	}
	return float64(ok) / float64(len(X))
}

func main() {
	for e := 0; e < 6; e++ {
		fmt.Printf("epoch %d loss %.5f\n", e, epoch(0.5, 0.01))
	}
	fmt.Printf("accuracy %.3f\nW %.3f\n", accuracy(), W)
}
