// Exercises: Collatz hailstone sequences with a memo map, longest chain below 10000, uint64 arithmetic
package main

import "fmt"

func hailstone(n uint64) []uint64 {
	seq := []uint64{n}
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		seq = append(seq, n)
	}
	return seq
}

var memo = map[uint64]int{1: 1}

func length(n uint64) int {
	if l, ok := memo[n]; ok {
		return l
	}
	var l int
	if n&1 == 0 {
		l = 1 + length(n>>1)
	} else {
		l = 1 + length(3*n+1)
	}
	memo[n] = l
	return l
}

func main() {
	s := hailstone(27)
	fmt.Println(len(s), s[:4], s[len(s)-4:])
	best, at := 0, uint64(0)
	for i := uint64(1); i < 10000; i++ {
		if l := length(i); l > best {
			best, at = l, i
		}
	}
	fmt.Printf("longest below 10000: %d with %d elements\n", at, best)
	fmt.Println(len(hailstone(at)) == best)
}
