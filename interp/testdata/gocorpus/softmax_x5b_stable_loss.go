// Exercises: softmax cross-entropy with max subtraction for numeric stability; naive version overflows to NaN
package main

import (
	"fmt"
	"math"
)

func softmaxNaive(z []float64) []float64 {
	p := make([]float64, len(z))
	s := 0.0
	for i, v := range z {
		p[i] = math.Exp(v)
		s += p[i]
	}
	for i := range p {
		p[i] /= s
	}
	return p
}

func softmaxStable(z []float64) []float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	shifted := make([]float64, len(z))
	for i, v := range z {
		shifted[i] = v - m
	}
	return softmaxNaive(shifted)
}

func lossAndGrad(z []float64, y int) (float64, []float64) {
	p := softmaxStable(z)
	dz := append([]float64(nil), p...)
	dz[y] -= 1
	return -math.Log(p[y]), dz
}

func main() {
	for _, z := range [][]float64{{1, 2, 3}, {123, 456, 789}, {-1000, 0, 1000}} {
		n := softmaxNaive(z)
		s := softmaxStable(z)
		fmt.Printf("z=%v\n naive  %.4f nan=%t\n stable %.4f\n", z, n, math.IsNaN(n[0]) || math.IsNaN(n[2]), s)
	}
	l, dz := lossAndGrad([]float64{3.2, 5.1, -1.7}, 0)
	fmt.Printf("loss %.4f dz %.4f\n", l, dz)
	sum := 0.0
	for _, v := range dz {
		sum += v
	}
	fmt.Printf("sum of dz %.1e\n", math.Abs(sum))
	fmt.Printf("%e %g %v\n", math.Exp(710), math.Exp(-746), math.Log(0))
}
