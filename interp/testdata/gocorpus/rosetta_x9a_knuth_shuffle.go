// Exercises: Knuth shuffle with rand.New(rand.NewSource(42)), generic in-place shuffle, counting permutations
package main

import (
	"fmt"
	"math/rand"
)

func shuffle[T any](r *rand.Rand, xs []T) {
	for i := len(xs) - 1; i > 0; i-- {
		j := r.Intn(i + 1)
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func main() {
	r := rand.New(rand.NewSource(42))
	ints := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	shuffle(r, ints)
	fmt.Println(ints)
	words := []string{"alpha", "beta", "gamma", "delta"}
	shuffle(r, words)
	fmt.Printf("%q\n", words)
	counts := map[[3]int]int{}
	for i := 0; i < 6000; i++ {
		a := []int{1, 2, 3}
		shuffle(r, a)
		counts[[3]int{a[0], a[1], a[2]}]++
	}
	fmt.Println(len(counts), counts)
	fmt.Println(r.Float64() < 1, r.Perm(5))
}
