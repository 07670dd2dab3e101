// Exercises: generic memoize wrapper over comparable keys, counting underlying calls.
package main

import "fmt"

func Memoize[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		return v
	}, &calls
}

func main() {
	square, calls := Memoize(func(n int) int { return n * n })
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		fmt.Print(square(n), " ")
	}
	fmt.Println("calls:", *calls)
	upper, c2 := Memoize(func(s string) []byte { return []byte(s + "!") })
	fmt.Println(string(upper("a")), string(upper("a")), *c2)
}
