// Exercises: math/rand/v2 with a seeded PCG source: IntN, N, Shuffle, Perm.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	var xs []int
	for range 8 {
		xs = append(xs, r.IntN(100))
	}
	fmt.Println(xs)
	deck := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(r.Perm(5))
	fmt.Printf("%.6f\n", r.Float64())
	r2 := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r2.IntN(100) == xs[0])
	d := time.Duration(r.Int64N(int64(time.Second)))
	fmt.Println(d > 0 && d < time.Second)
	fmt.Println(rand.N(1) == 0)
}
