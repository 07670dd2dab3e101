package main

import "fmt"

// Problem 14: longest Collatz sequence under a limit, with memoization.

type collatz struct {
	cache []int32
	hits  int
}

func newCollatz(n int) *collatz {
	c := &collatz{cache: make([]int32, n)}
	c.cache[1] = 1
	return c
}

func (c *collatz) length(n int) int {
	if n < len(c.cache) && c.cache[n] != 0 {
		c.hits++
		return int(c.cache[n])
	}
	var next int
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	l := 1 + c.length(next)
	if n < len(c.cache) {
		c.cache[n] = int32(l)
	}
	return l
}

func main() {
	const limit = 1_000_000
	c := newCollatz(limit)
	best, bestLen := 1, 1
	for i := 1; i < limit; i++ {
		if l := c.length(i); l > bestLen {
			best, bestLen = i, l
		}
	}
	fmt.Printf("start=%d length=%d\n", best, bestLen)
	fmt.Println("cache hits > 0:", c.hits > 0)

	seq := []int{13}
	for n := 13; n != 1; {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		seq = append(seq, n)
	}
	fmt.Println(seq, len(seq) == c.length(13))
}
