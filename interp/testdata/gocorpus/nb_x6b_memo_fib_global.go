// Exercises: package-level memo map and call counter mutated by a recursive helper; a memoized DP table of binomials
package main

import "fmt"

var memo = map[int]int{0: 0, 1: 1}
var calls int

// fib fills the package-level memo on the way down; the student forgot that
// calls counts the memo hits too.
func fib(n int) int {
	calls++
	v, seen := memo[n]
	if !seen {
		v = fib(n-2) + fib(n-1)
		memo[n] = v
	}
	return v
}

func slowFib(n int) int {
	calls++
	if n < 2 {
		return n
	}
	return slowFib(n-1) + slowFib(n-2)
}

var binom [10][10]int

func choose(n, k int) int {
	if k == 0 || k == n {
		return 1
	}
	if binom[n][k] == 0 {
		binom[n][k] = choose(n-1, k-1) + choose(n-1, k)
	}
	return binom[n][k]
}

func main() {
	fmt.Println(fib(40), calls, len(memo))
	calls = 0
	fmt.Println(slowFib(20), calls)
	calls = 0
	fmt.Println(fib(41), calls)
	fmt.Println(choose(9, 4), binom[9][4], binom[4][2])
}
