// Exercises: a memoized recursive closure that captures a map and counts calls.
package main

import "fmt"

func main() {
	memo := map[int]uint64{}
	calls := 0
	var fib func(n int) uint64
	fib = func(n int) uint64 {
		calls++
		if n <= 1 {
			return uint64(n)
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(90), calls, len(memo))
	calls = 0
	fmt.Println(fib(91), calls)

	var collatz func(n, steps int) int
	collatz = func(n, steps int) int {
		if n == 1 {
			return steps
		}
		if n%2 == 0 {
			return collatz(n/2, steps+1)
		}
		return collatz(3*n+1, steps+1)
	}
	best, bestN := 0, 0
	for n := 1; n < 1000; n++ {
		if s := collatz(n, 0); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println(bestN, best)
}
