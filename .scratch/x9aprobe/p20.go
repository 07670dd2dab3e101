// Exercises: recursion with memo via closure over map, mutual recursion, function returning multiple funcs
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(3))
	var fib func(int) int
	fib = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80))
	calls := 0
	sq := memoize(func(n int) int { calls++; return n * n })
	sq(4)
	sq(4)
	sq(5)
	fmt.Println(calls)
}
