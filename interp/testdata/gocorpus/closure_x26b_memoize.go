package main

import (
	"fmt"
	"math/big"
	"strings"
)

func Memo[K comparable, V any](f func(K) V) (func(K) V, func() (hits, misses int)) {
	cache := map[K]V{}
	var h, m int
	return func(k K) V {
			if v, ok := cache[k]; ok {
				h++
				return v
			}
			m++
			v := f(k)
			cache[k] = v
			return v
		}, func() (int, int) {
			return h, m
		}
}

type gridKey struct{ r, c int }

func main() {
	var fib func(int) *big.Int
	fib, stats := Memo(func(n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(fib(n-1), fib(n-2))
	})
	fmt.Println(fib(90), fib(150))
	h, m := stats()
	fmt.Println("hits", h, "misses", m)

	blocked := map[gridKey]bool{{1, 1}: true, {2, 3}: true, {0, 4}: true}
	var paths func(gridKey) int
	paths, pstats := Memo(func(k gridKey) int {
		if k.r < 0 || k.c < 0 || blocked[k] {
			return 0
		}
		if k.r == 0 && k.c == 0 {
			return 1
		}
		return paths(gridKey{k.r - 1, k.c}) + paths(gridKey{k.r, k.c - 1})
	})
	fmt.Println("paths:", paths(gridKey{5, 6}))
	fmt.Println(pstats())

	var words = map[string]bool{"go": true, "pher": true, "gopher": true, "s": true, "go pher": false, "her": true, "p": true}
	var split func(string) []string
	split, _ = Memo(func(s string) []string {
		if s == "" {
			return []string{""}
		}
		var out []string
		for i := 1; i <= len(s); i++ {
			if words[s[:i]] {
				for _, rest := range split(s[i:]) {
					out = append(out, strings.TrimSpace(s[:i]+" "+rest))
				}
			}
		}
		return out
	})
	fmt.Printf("%q\n", split("gophers"))
	fmt.Printf("%q\n", split("gopherx"))

	counters := make([]func() int, 3)
	for i := range counters {
		n := i * 10
		counters[i] = func() int { n++; return n }
	}
	fmt.Println(counters[0](), counters[0](), counters[2](), counters[1](), counters[2]())
}
