package main

import (
	"fmt"
	"iter"
	"slices"
)

func sieve(limit int) []bool {
	composite := make([]bool, limit+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= limit; i++ {
		if !composite[i] {
			for j := i * i; j <= limit; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func Primes(limit int) iter.Seq[int] {
	c := sieve(limit)
	return func(yield func(int) bool) {
		for i, comp := range c {
			if !comp && !yield(i) {
				return
			}
		}
	}
}

// Unbounded incremental sieve using a map of next composites.
func Infinite() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		next := map[int][]int{}
		idx := 0
		for q := 2; ; q++ {
			if fs, ok := next[q]; ok {
				for _, p := range fs {
					next[q+p] = append(next[q+p], p)
				}
				delete(next, q)
				continue
			}
			next[q*q] = []int{q}
			if !yield(idx, q) {
				return
			}
			idx++
		}
	}
}

func main() {
	ps := slices.Collect(Primes(100))
	fmt.Println(len(ps), "primes below 100:")
	fmt.Println(ps)

	for i, p := range Infinite() {
		if i >= 10 {
			break
		}
		fmt.Printf("%d:%d ", i+1, p)
	}
	fmt.Println()

	for i, p := range Infinite() {
		if i == 999 {
			fmt.Println("1000th prime:", p)
			break
		}
	}

	// twin primes
	var twins [][2]int
	prev := 2
	for p := range Primes(200) {
		if p-prev == 2 {
			twins = append(twins, [2]int{prev, p})
		}
		prev = p
	}
	fmt.Println("twin primes < 200:", twins)

	total := 0
	for p := range Primes(2_000_000 / 100) {
		total += p
	}
	fmt.Println("sum of primes < 20000:", total)
}
