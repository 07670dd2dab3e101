package main

import (
	"fmt"
	"strings"
)

func memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
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
		}, func() int {
			return misses
		}
}

type shipKey struct {
	zone   string
	weight int
}

func main() {
	var fib func(int) uint64
	fib, misses := memoize(func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80), misses())
	fmt.Println(fib(50), misses())

	rates := map[string]int64{"local": 300, "national": 650, "intl": 1800}
	calls := 0
	ship, shipMisses := memoize(func(k shipKey) int64 {
		calls++
		base := rates[k.zone]
		extra := int64(0)
		if k.weight > 2 {
			extra = int64(k.weight-2) * base / 4
		}
		return base + extra
	})
	orders := []shipKey{{"local", 1}, {"intl", 5}, {"local", 1}, {"national", 3}, {"intl", 5}, {"intl", 1}}
	var total int64
	var sb strings.Builder
	for _, o := range orders {
		c := ship(o)
		total += c
		fmt.Fprintf(&sb, "%s/%dkg=%d ", o.zone, o.weight, c)
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Println(total, calls, shipMisses())

	counters := make([]func() int, 3)
	for i := range counters {
		n := i * 10
		counters[i] = func() int { n++; return n }
	}
	fmt.Println(counters[0](), counters[0](), counters[2](), counters[1]())
}
