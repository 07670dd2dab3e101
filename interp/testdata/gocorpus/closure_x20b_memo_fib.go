package main

import (
	"fmt"
	"math/big"
	"sort"
)

func memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
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
		}, func() int {
			return calls
		}
}

func main() {
	var fib func(int) *big.Int
	var count func() int
	fib, count = memoize(func(n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(fib(n-1), fib(n-2))
	})
	fmt.Println(fib(90), count())
	fmt.Println(fib(100).String(), count())
	binom := map[[2]int]int{}
	var choose func(n, k int) int
	choose = func(n, k int) int {
		if k == 0 || k == n {
			return 1
		}
		key := [2]int{n, k}
		if v, ok := binom[key]; ok {
			return v
		}
		v := choose(n-1, k-1) + choose(n-1, k)
		binom[key] = v
		return v
	}
	fmt.Println(choose(30, 15), len(binom))
	type kv struct {
		k [2]int
		v int
	}
	var entries []kv
	for k, v := range binom {
		if k[0] == 6 {
			entries = append(entries, kv{k, v})
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].k[1] < entries[j].k[1] })
	fmt.Println(entries)
	adders := map[string]func(float64) float64{}
	for _, d := range []float64{0.1, 1, 10} {
		adders[fmt.Sprint(d)] = func(x float64) float64 { return x + d }
	}
	fmt.Printf("%.4f %.4f\n", adders["0.1"](1), adders["10"](1))
}
