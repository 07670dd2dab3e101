// Exercises: math/rand/v2 with a seeded PCG and ChaCha8, Xavier/He weight init, generic rand.N, statistics of the init
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

func initWeights(r *rand.Rand, fanIn, fanOut int, scheme string) [][]float64 {
	var std float64
	switch scheme {
	case "xavier":
		std = math.Sqrt(2.0 / float64(fanIn+fanOut))
	case "he":
		std = math.Sqrt(2.0 / float64(fanIn))
	default:
		std = 0.01
	}
	W := make([][]float64, fanIn)
	for i := range W {
		W[i] = make([]float64, fanOut)
		for j := range W[i] {
			W[i][j] = r.NormFloat64() * std
		}
	}
	return W
}

func stats(W [][]float64) (mean, std float64) {
	n := 0
	for _, row := range W {
		for _, v := range row {
			mean += v
			n++
		}
	}
	mean /= float64(n)
	for _, row := range W {
		for _, v := range row {
			std += (v - mean) * (v - mean)
		}
	}
	return mean, math.Sqrt(std / float64(n))
}

func main() {
	for _, s := range []string{"xavier", "he", "small"} {
		r := rand.New(rand.NewPCG(7, 11))
		W := initWeights(r, 64, 32, s)
		m, sd := stats(W)
		fmt.Printf("%-6s mean=%+.4f std=%.4f w00=%.5f\n", s, m, sd, W[0][0])
	}
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.IntN(1000), c.Uint64()%97, c.Float64() < 1)
}
