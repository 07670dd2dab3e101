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

func histogram(counts map[int]int, scale int) {
	keys := make([]int, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%2d %5d %s\n", k, counts[k], strings.Repeat("#", counts[k]/scale))
	}
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	d := Die{Sides: 6, rng: rng}

	counts := map[int]int{}
	const trials = 10000
	for i := 0; i < trials; i++ {
		counts[d.Roll()+d.Roll()]++
	}
	histogram(counts, 50)

	inside := 0
	for i := 0; i < 20000; i++ {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f\n", 4*float64(inside)/20000)

	deck := make([]string, 0, 52)
	for _, s := range []string{"S", "H", "D", "C"} {
		for _, r := range []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"} {
			deck = append(deck, r+s)
		}
	}
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println("hand:", deck[:5])
	fmt.Println(rng.Perm(8), rng.IntN(1000), rng.Uint32()%100)
}
