package main

import (
	"fmt"
	"math/big"
	"strings"
)

func memoize[K comparable, V any](f func(func(K) V, K) V) func(K) V {
	cache := map[K]V{}
	var g func(K) V
	g = func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(g, k)
		cache[k] = v
		return v
	}
	return g
}

type key struct {
	s string
	n int
}

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func main() {
	fib := memoize(func(self func(int) *big.Int, n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(self(n-1), self(n-2))
	})
	for _, n := range []int{10, 50, 100, 150} {
		fmt.Printf("fib(%d) = %s\n", n, fib(n))
	}
	calls, reset := counter()
	// arrangements of springs: count ways pattern with ? fits groups
	var ways func(key) int
	groups := []int{3, 2, 1}
	ways = memoize(func(self func(key) int, k key) int {
		calls()
		if k.n == len(groups) {
			if strings.Contains(k.s, "#") {
				return 0
			}
			return 1
		}
		if len(k.s) == 0 {
			return 0
		}
		total := 0
		if k.s[0] != '#' {
			total += self(key{k.s[1:], k.n})
		}
		g := groups[k.n]
		if len(k.s) >= g && !strings.Contains(k.s[:g], ".") && (len(k.s) == g || k.s[g] != '#') {
			rest := ""
			if len(k.s) > g {
				rest = k.s[g+1:]
			}
			total += self(key{rest, k.n + 1})
		}
		return total
	})
	for _, p := range []string{"?###????????", ".??..??...?##.", "????.######..#####."} {
		fmt.Println(p, ways(key{p, 0}))
	}
	fmt.Println("calls", calls())
	reset()
	fmt.Println("after reset", calls())
	adders := make([]func(int) int, 0)
	for i := range 4 {
		adders = append(adders, func(x int) int { return x*10 + i })
	}
	acc := 0
	for _, a := range adders {
		acc = a(acc)
	}
	fmt.Println(acc)
}
