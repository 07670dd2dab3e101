package main

import (
	"fmt"
	"math/big"
)

func memoize[K comparable, V any](f func(func(K) V, K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	var g func(K) V
	g = func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(g, k)
		cache[k] = v
		return v
	}
	return g, func() int { return calls }
}

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func main() {
	fib, calls := memoize(func(self func(int) *big.Int, n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(self(n-1), self(n-2))
	})
	for _, n := range []int{10, 50, 90, 150} {
		fmt.Printf("fib(%d) = %s\n", n, fib(n))
	}
	fmt.Println("distinct calls:", calls())

	type key struct{ n, k int }
	binom, _ := memoize(func(self func(key) int, p key) int {
		if p.k == 0 || p.k == p.n {
			return 1
		}
		return self(key{p.n - 1, p.k - 1}) + self(key{p.n - 1, p.k})
	})
	for n := 0; n <= 6; n++ {
		for k := 0; k <= n; k++ {
			fmt.Print(binom(key{n, k}), " ")
		}
		fmt.Println()
	}
	fmt.Println(binom(key{30, 15}))

	inc, get := counter()
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { inc(); return i * 10 })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println("count", get())
	adders := map[string]func(int) int{}
	for _, d := range []int{1, 5, 10} {
		adders[fmt.Sprintf("add%d", d)] = func(x int) int { return x + d }
	}
	fmt.Println(adders["add1"](1), adders["add5"](1), adders["add10"](1), len(adders))
}
