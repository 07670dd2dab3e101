// Exercises: Monte Carlo estimates with a seeded rand.Rand, integer/float conversions, standard error
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func estimatePi(rng *rand.Rand, n int) float64 {
	inside := 0
	for i := 0; i < n; i++ {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	return 4 * float64(inside) / float64(n)
}

func meanStd(xs []float64) (float64, float64) {
	var m, v float64
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return m, math.Sqrt(v / float64(len(xs)-1))
}

func main() {
	rng := rand.New(rand.NewSource(2024))
	for _, n := range []int{100, 1000, 10000} {
		fmt.Printf("n=%6d pi~%.4f\n", n, estimatePi(rng, n))
	}
	var runs []float64
	for r := 0; r < 10; r++ {
		runs = append(runs, estimatePi(rng, 500))
	}
	m, s := meanStd(runs)
	fmt.Printf("mean %.4f std %.4f se %.5f\n", m, s, s/math.Sqrt(float64(len(runs))))
	// E[max(U1,U2)] = 2/3
	sum := 0.0
	for i := 0; i < 5000; i++ {
		sum += math.Max(rng.Float64(), rng.Float64())
	}
	fmt.Printf("E[max] ~ %.4f\n", sum/5000)
	fmt.Println(rng.Intn(100), rng.Int63()%1000)
}
