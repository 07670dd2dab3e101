// Exercises: notebook style: memo table as a package-level map, recursive helper, call counter global
package main

import "fmt"

var memo = map[int]uint64{}
var calls int

func fib(n int) uint64 {
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

func show(n int) {
	before := calls
	fmt.Printf("fib(%d)=%d calls=%d\n", n, fib(n), calls-before)
}

func main() {
	show(10)
	show(80)
	show(80)
	fmt.Println(len(memo))
}
