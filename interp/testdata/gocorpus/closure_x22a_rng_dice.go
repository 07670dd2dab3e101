package main

import (
	"fmt"
	"sort"
	"strings"
)

type RNG func() uint64

func xorshift(seed uint64) RNG {
	s := seed
	return func() uint64 {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		return s
	}
}

func dice(r RNG, sides int) func() int {
	return func() int { return int(r()%uint64(sides)) + 1 }
}

func histogram(roll func() int, n int) map[int]int {
	h := make(map[int]int)
	for range n {
		h[roll()]++
	}
	return h
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	r := xorshift(88172645463325252)
	d6 := dice(r, 6)
	twoD6 := func() int { return d6() + d6() }
	h := histogram(twoD6, 3600)
	fmt.Println(h)
	keys := make([]int, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%2d %s\n", k, strings.Repeat("*", h[k]/20))
	}
	var ways func(int) int
	ways = memo(func(n int) int {
		if n < 0 {
			return 0
		}
		if n == 0 {
			return 1
		}
		total := 0
		for f := 1; f <= 6; f++ {
			total += ways(n - f)
		}
		return total
	})
	for _, n := range []int{1, 6, 10, 20, 40} {
		fmt.Printf("ways(%d)=%d\n", n, ways(n))
	}
	counters := make([]func() int, 3)
	for i := range counters {
		c := i * 10
		counters[i] = func() int { c++; return c }
	}
	for range 2 {
		for _, f := range counters {
			fmt.Print(f(), " ")
		}
	}
	fmt.Println()
}
