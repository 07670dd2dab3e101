// Exercises: notebook style: package-level cache slice and best-so-far globals updated by helpers
package main

import "fmt"

var cache = make([]int, 1000)
var bestN, bestLen int
var hits int

func collatzLen(n int) int {
	if n == 1 {
		return 1
	}
	if n < len(cache) && cache[n] != 0 {
		hits++
		return cache[n]
	}
	next := n / 2
	if n%2 == 1 {
		next = 3*n + 1
	}
	l := 1 + collatzLen(next)
	if n < len(cache) {
		cache[n] = l
	}
	return l
}

func scan(limit int) {
	for n := 1; n < limit; n++ {
		if l := collatzLen(n); l > bestLen {
			bestN, bestLen = n, l
		}
	}
}

func main() {
	scan(100)
	fmt.Println(bestN, bestLen, hits)
	scan(1000)
	fmt.Println(bestN, bestLen, hits)
}
