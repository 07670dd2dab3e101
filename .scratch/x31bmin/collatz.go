// Reduction of algo_x31b_collatz.go (both styles): TIMEOUT, not a wrong answer.
// go run prints "837799 525" in ~0.2 s (build included).
// The session prints nothing and stops with: Interrupted: the cell was interrupted; variables keep the values they had
// (10 s cell limit), in both styles. With limit 100_000 it prints "77031 351" like Go in about 1 s:
// ~1M memoized recursive calls are simply too slow (far slower than compiled Go).
package main

import "fmt"

func length(cache []int32, n int) int {
	if n < len(cache) && cache[n] != 0 {
		return int(cache[n])
	}
	next := n / 2
	if n%2 == 1 {
		next = 3*n + 1
	}
	l := 1 + length(cache, next)
	if n < len(cache) {
		cache[n] = int32(l)
	}
	return l
}

func main() {
	const limit = 1_000_000
	cache := make([]int32, limit)
	cache[1] = 1
	best, bestLen := 1, 1
	for i := 1; i < limit; i++ {
		if l := length(cache, i); l > bestLen {
			best, bestLen = i, l
		}
	}
	fmt.Println(best, bestLen)
}
