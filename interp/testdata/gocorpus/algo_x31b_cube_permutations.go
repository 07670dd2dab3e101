package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Problem 62: smallest cube for which exactly k permutations of its digits are cubes.

type bucket struct {
	cubes []int64
	bases []int64
}

func key(n int64) string {
	s := strings.Split(strconv.FormatInt(n, 10), "")
	slices.Sort(s)
	return strings.Join(s, "")
}

func smallestWith(k int) (int64, []int64) {
	buckets := map[string]*bucket{}
	digits := 1
	var candidates []*bucket
	for n := int64(1); ; n++ {
		c := n * n * n
		if d := len(strconv.FormatInt(c, 10)); d > digits {
			// finished all cubes with the previous digit count
			for _, b := range candidates {
				if len(b.cubes) == k {
					return b.cubes[0], b.bases
				}
			}
			digits = d
			buckets = map[string]*bucket{}
			candidates = candidates[:0]
		}
		kk := key(c)
		b, ok := buckets[kk]
		if !ok {
			b = &bucket{}
			buckets[kk] = b
			candidates = append(candidates, b)
		}
		b.cubes = append(b.cubes, c)
		b.bases = append(b.bases, n)
	}
}

func main() {
	for k := 2; k <= 5; k++ {
		c, bases := smallestWith(k)
		fmt.Printf("k=%d cube=%d bases=%v\n", k, c, bases)
	}
	fmt.Println(key(41063625), key(56623104), key(66430125))
}
