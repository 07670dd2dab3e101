// Exercises: a generic Memoize wrapper over func(K) V, used for a recursive function.
package main

import "fmt"

func Memoize[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

func main() {
	var fib func(int) int
	var misses *int
	fib, misses = Memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), *misses)
	fmt.Println(fib(30), *misses)

	type key struct{ a, b int }
	var grid func(key) int
	grid, m2 := Memoize(func(k key) int {
		if k.a == 0 || k.b == 0 {
			return 1
		}
		return grid(key{k.a - 1, k.b}) + grid(key{k.a, k.b - 1})
	})
	fmt.Println(grid(key{10, 10}), *m2)
	upper, _ := Memoize(func(s string) string { return s + s })
	fmt.Println(upper("ab"))
}
