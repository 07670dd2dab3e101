package main

import "fmt"

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func main() {
	calls := 0
	var fib func(int) int
	fib = Memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50))
	fmt.Println(calls)
	sq := Memo(func(s string) int { return len(s) * len(s) })
	fmt.Println(sq("abc"), sq("abc"))
}
