// Exercises: numerically stable softmax (max subtraction), log-sum-exp, overflow avoided
package main

import (
	"fmt"
	"math"
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

func main() {
	p := softmax([]float64{1, 2, 3})
	fmt.Printf("%.4f\n", p)
	big := softmax([]float64{1000, 1001, 1002})
	fmt.Printf("%.4f\n", big)
	naive := math.Exp(1000)
	fmt.Println(naive, math.IsInf(naive, 1), math.NaN() == math.NaN())
}
