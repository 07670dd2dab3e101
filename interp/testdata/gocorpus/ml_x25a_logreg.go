package main

import (
	"fmt"
	"math"
	"strconv"
)

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func main() {
	X := [][2]float64{{0.5, 1.5}, {1, 1}, {1.5, 0.5}, {3, 0.5}, {2, 2}, {1, 2.5}, {3.5, 3}, {2.5, 3.5}}
	y := []float64{0, 0, 0, 1, 1, 0, 1, 1}
	w := [2]float64{}
	var b float64
	lr := 0.5
	for it := 0; it < 500; it++ {
		var dw [2]float64
		var db, loss float64
		for i, x := range X {
			p := sigmoid(w[0]*x[0] + w[1]*x[1] + b)
			loss += -y[i]*math.Log(p+1e-12) - (1-y[i])*math.Log(1-p+1e-12)
			d := p - y[i]
			dw[0] += d * x[0]
			dw[1] += d * x[1]
			db += d
		}
		n := float64(len(X))
		for j := range w {
			w[j] -= lr * dw[j] / n
		}
		b -= lr * db / n
		if it%100 == 0 {
			fmt.Println("iter", it, "loss", strconv.FormatFloat(loss/n, 'f', 6, 64))
		}
	}
	fmt.Printf("w=%v b=%.4f\n", []string{strconv.FormatFloat(w[0], 'f', 4, 64), strconv.FormatFloat(w[1], 'f', 4, 64)}, b)
	correct := 0
	for i, x := range X {
		p := sigmoid(w[0]*x[0] + w[1]*x[1] + b)
		label := 0.0
		if p >= 0.5 {
			label = 1
		}
		if label == y[i] {
			correct++
		}
		fmt.Printf("%v p=%.3f pred=%v want=%v\n", x, p, label, y[i])
	}
	fmt.Printf("accuracy %d/%d = %s%%\n", correct, len(X), strconv.Itoa(100*correct/len(X)))
}
