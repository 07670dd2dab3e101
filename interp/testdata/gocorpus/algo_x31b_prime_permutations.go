package main

import (
	"fmt"
	"slices"
	"strconv"
)

// Problem 49: arithmetic sequences of 4-digit primes that are permutations of each other.

func sortedDigits(n int) string {
	b := []byte(strconv.Itoa(n))
	slices.Sort(b)
	return string(b)
}

func primesBetween(lo, hi int) []int {
	comp := make([]bool, hi)
	var ps []int
	for i := 2; i < hi; i++ {
		if comp[i] {
			continue
		}
		if i >= lo {
			ps = append(ps, i)
		}
		for j := i * i; j < hi; j += i {
			comp[j] = true
		}
	}
	return ps
}

type seq [3]int

func (s seq) String() string {
	return fmt.Sprintf("%d%d%d", s[0], s[1], s[2])
}

func main() {
	ps := primesBetween(1000, 10000)
	groups := map[string][]int{}
	for _, p := range ps {
		k := sortedDigits(p)
		groups[k] = append(groups[k], p)
	}
	keys := make([]string, 0)
	for k, g := range groups {
		if len(g) >= 3 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var found []seq
	for _, k := range keys {
		g := groups[k]
		for i := 0; i < len(g); i++ {
			for j := i + 1; j < len(g); j++ {
				third := 2*g[j] - g[i]
				if _, ok := slices.BinarySearch(g, third); ok {
					found = append(found, seq{g[i], g[j], third})
				}
			}
		}
	}
	for _, s := range found {
		fmt.Printf("%v step=%d concat=%s\n", [3]int(s), s[1]-s[0], s)
	}
	fmt.Println("groups with >=3 primes:", len(keys), "4-digit primes:", len(ps))
}
