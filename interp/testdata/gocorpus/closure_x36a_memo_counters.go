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

type key struct{ i, j int }

func uniquePathsWithObstacles(grid [][]int) int {
	var paths func(key) int
	var misses func() int
	paths, misses = memoize(func(k key) int {
		if k.i >= len(grid) || k.j >= len(grid[0]) || grid[k.i][k.j] == 1 {
			return 0
		}
		if k.i == len(grid)-1 && k.j == len(grid[0])-1 {
			return 1
		}
		return paths(key{k.i + 1, k.j}) + paths(key{k.i, k.j + 1})
	})
	res := paths(key{})
	fmt.Println("  states computed:", misses())
	return res
}

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func tribonacci(n int) int {
	calls, count := counter()
	var t func(int) int
	memo := map[int]int{0: 0, 1: 1, 2: 1}
	t = func(k int) int {
		calls()
		if v, ok := memo[k]; ok {
			return v
		}
		memo[k] = t(k-1) + t(k-2) + t(k-3)
		return memo[k]
	}
	r := t(n)
	fmt.Printf("  trib(%d) made %d calls\n", n, count())
	return r
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	fmt.Println(uniquePathsWithObstacles([][]int{{0, 0, 0}, {0, 1, 0}, {0, 0, 0}}))
	fmt.Println(uniquePathsWithObstacles([][]int{{0, 1}, {0, 0}}))
	fmt.Println(tribonacci(4), tribonacci(25))

	var adders []func(int) int
	for i := range 4 {
		adders = append(adders, func(x int) int { return x + i*10 })
	}
	for _, a := range adders {
		fmt.Print(a(1), " ")
	}
	fmt.Println()

	clean := compose(strings.TrimSpace, strings.ToLower, func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return r
			}
			return -1
		}, s)
	})
	fmt.Printf("%q\n", clean("  A man, a Plan!  "))
	square, sqMisses := memoize(func(x float64) float64 { return x * x })
	for _, x := range []float64{1.5, 2, 1.5, 2, 3} {
		fmt.Print(square(x), " ")
	}
	fmt.Println("misses:", sqMisses())
	deferred := []string{}
	func() {
		for i := 0; i < 3; i++ {
			defer func() { deferred = append(deferred, fmt.Sprint("d", i)) }()
		}
	}()
	fmt.Println(deferred)
}
