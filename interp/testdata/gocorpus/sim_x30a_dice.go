package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Die struct {
	Sides int
	rng   *rand.Rand
}

func (d Die) Roll() int { return d.rng.IntN(d.Sides) + 1 }

func histogram(counts map[int]int, scale int) string {
	var b strings.Builder
	keys := make([]int, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%2d | %s %d\n", k, strings.Repeat("#", counts[k]/scale), counts[k])
	}
	return b.String()
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	d6 := Die{6, rng}
	counts := map[int]int{}
	for range 2000 {
		counts[d6.Roll()+d6.Roll()]++
	}
	fmt.Print(histogram(counts, 20))

	deck := make([]string, 0, 52)
	for _, s := range []string{"S", "H", "D", "C"} {
		for _, r := range []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"} {
			deck = append(deck, r+s)
		}
	}
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println("hand:", deck[:5])

	perm := rng.Perm(8)
	fmt.Println("perm:", perm)
	fmt.Printf("float: %.4f  u64: %d  n: %d\n", rng.Float64(), rng.Uint64()%1000, rng.Int64N(1_000_000))

	// Monte Carlo estimate of pi.
	inside := 0
	const trials = 20000
	for range trials {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.3f\n", 4*float64(inside)/trials)

	// A typed duration-like integer.
	type Millis int64
	delays := make([]Millis, 5)
	for i := range delays {
		delays[i] = Millis(rng.IntN(500))
	}
	fmt.Println("delays:", delays, "max", slices.Max(delays))

	src := rand.NewChaCha8([32]byte{1, 2, 3})
	r2 := rand.New(src)
	fmt.Println("chacha:", r2.IntN(100), r2.IntN(100), r2.IntN(100))
	fmt.Println("normal:", fmt.Sprintf("%.3f", rng.NormFloat64()))
}
