package main

import (
	"fmt"
	"math/big"
	"sync"
)

func Memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	var mu sync.Mutex
	hits := 0
	return func(k K) V {
			mu.Lock()
			if v, ok := cache[k]; ok {
				hits++
				mu.Unlock()
				return v
			}
			mu.Unlock()
			v := f(k)
			mu.Lock()
			cache[k] = v
			mu.Unlock()
			return v
		}, func() int {
			mu.Lock()
			defer mu.Unlock()
			return hits
		}
}

type gridKey struct{ r, c int }

func main() {
	var fib func(int) *big.Int
	var fibHits func() int
	fib, fibHits = Memoize(func(n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(fib(n-1), fib(n-2))
	})
	fmt.Println("fib(90) =", fib(90))
	fmt.Println("fib(150) =", fib(150).String())
	fmt.Println("hits:", fibHits())

	var paths func(gridKey) int
	paths, _ = Memoize(func(k gridKey) int {
		if k.r == 0 || k.c == 0 {
			return 1
		}
		return paths(gridKey{k.r - 1, k.c}) + paths(gridKey{k.r, k.c - 1})
	})
	for _, n := range []int{2, 5, 10, 16} {
		fmt.Printf("paths %dx%d = %d\n", n, n, paths(gridKey{n, n}))
	}

	calls := 0
	slowLen, h := Memoize(func(s string) int { calls++; return len([]rune(s)) })
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = slowLen([]string{"héllo", "wörld"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(results, h()+calls == 8)
}
