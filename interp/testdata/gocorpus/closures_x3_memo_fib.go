// Exercises: a recursive closure declared with var, memoization in a captured map
package main

import "fmt"

func main() {
	memo := map[int]int{}
	calls := 0
	var fib func(int) int
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(40), calls)
	fmt.Println(fib(10), calls)
}
