package main

import (
	"fmt"
	"slices"
)

// Problem 21: amicable numbers, with a divisor-sum sieve.

func divisorSums(n int) []int {
	s := make([]int, n+1)
	for d := 1; d <= n/2; d++ {
		for m := 2 * d; m <= n; m += d {
			s[m] += d
		}
	}
	return s
}

type Pair struct {
	Low, High int
}

func amicablePairs(limit int) []Pair {
	d := divisorSums(limit * 2)
	var pairs []Pair
	for a := 2; a < limit; a++ {
		b := d[a]
		if b > a && b < len(d) && d[b] == a {
			pairs = append(pairs, Pair{a, b})
		}
	}
	return pairs
}

func classify(n, sum int) string {
	switch {
	case sum == n:
		return "perfect"
	case sum > n:
		return "abundant"
	default:
		return "deficient"
	}
}

func main() {
	pairs := amicablePairs(10000)
	total := 0
	for _, p := range pairs {
		fmt.Printf("%v\n", p)
		if p.High < 10000 {
			total += p.Low + p.High
		} else {
			total += p.Low
		}
	}
	fmt.Println("sum of amicable numbers under 10000:", total)

	d := divisorSums(10000)
	var perfect []int
	for n := 2; n <= 10000; n++ {
		if classify(n, d[n]) == "perfect" {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect:", perfect)
	counts := map[string]int{}
	for n := 1; n <= 100; n++ {
		counts[classify(n, d[n])]++
	}
	fmt.Println(counts)
	fmt.Println(slices.Contains(perfect, 496), d[220], d[284])
}
