package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	counts := make([]int, 13)
	const rolls = 3600
	for i := 0; i < rolls; i++ {
		a := r.IntN(6) + 1
		b := r.IntN(6) + 1
		counts[a+b]++
	}
	fmt.Println("Sum  Count  Histogram")
	for s := 2; s <= 12; s++ {
		bar := strings.Repeat("#", counts[s]/20)
		fmt.Printf("%3d  %5d  %s\n", s, counts[s], bar)
	}
	secret := r.IntN(100) + 1
	lo, hi := 1, 100
	for tries := 1; ; tries++ {
		guess := (lo + hi) / 2
		if guess == secret {
			fmt.Printf("guessed %d in %d tries\n", secret, tries)
			break
		} else if guess < secret {
			fmt.Println(guess, "too low")
			lo = guess + 1
		} else {
			fmt.Println(guess, "too high")
			hi = guess - 1
		}
	}
	deck := []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck[:5])
	fmt.Printf("%.4f\n", r.Float64())
}
