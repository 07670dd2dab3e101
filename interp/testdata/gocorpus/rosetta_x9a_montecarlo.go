// Exercises: Monte Carlo pi with a fixed seed, float formatting %6.2f %.5f, integer division to float
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func estimate(r *rand.Rand, n int) float64 {
	in := 0
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			in++
		}
	}
	return 4 * float64(in) / float64(n)
}

func main() {
	r := rand.New(rand.NewSource(7))
	for _, n := range []int{10, 100, 1000, 10000, 100000} {
		pi := estimate(r, n)
		fmt.Printf("%7d %.5f err %6.2f%%\n", n, pi, 100*math.Abs(pi-math.Pi)/math.Pi)
	}
	dice := [7]int{}
	for i := 0; i < 600; i++ {
		dice[1+r.Intn(6)]++
	}
	fmt.Println(dice[1:], 7/2, 7/2.0, float64(7)/2)
}
