// Exercises: seeded math/rand and math/rand/v2 PCG, Perm, Shuffle of parallel slices, train/val split
package main

import (
	"fmt"
	"math/rand"
	rv2 "math/rand/v2"
)

func main() {
	r := rand.New(rand.NewSource(1))
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {3, 1}, {1, 3}, {2, 0}}
	y := []int{0, 1, 1, 0, 1, 0, 1, 0}
	perm := r.Perm(len(X))
	fmt.Println("perm:", perm)
	Xs, ys := make([][]float64, len(X)), make([]int, len(y))
	for i, p := range perm {
		Xs[i], ys[i] = X[p], y[p]
	}
	split := len(Xs) * 3 / 4
	fmt.Println("train:", Xs[:split], ys[:split])
	fmt.Println("val:  ", Xs[split:], ys[split:])
	r.Shuffle(len(X), func(i, j int) {
		X[i], X[j] = X[j], X[i]
		y[i], y[j] = y[j], y[i]
	})
	fmt.Println("shuffled:", X, y)
	fmt.Printf("%.4f %d\n", r.NormFloat64(), r.Intn(100))

	p := rv2.New(rv2.NewPCG(1, 2))
	w := make([]float64, 4)
	for i := range w {
		w[i] = p.NormFloat64() * 0.01
	}
	fmt.Printf("init %.5f\n", w)
	fmt.Println(p.IntN(10), p.Perm(5), rv2.N[int64](1) == 0)
}
