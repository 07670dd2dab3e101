package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

const ancestor = "ATGGCGTACGATCGATCGTAGCTAGCTAGGCTA"

func mutate(r *rand.Rand, s []byte, rate float64) int {
	n := 0
	for i := range s {
		if r.Float64() < rate {
			old := s[i]
			for s[i] == old {
				s[i] = "ACGT"[r.IntN(4)]
			}
			n++
		}
	}
	return n
}

func hamming(a, b []byte) int {
	d := 0
	for i := range a {
		if a[i] != b[i] {
			d++
		}
	}
	return d
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	pop := make([][]byte, 6)
	for i := range pop {
		pop[i] = []byte(ancestor)
	}
	fmt.Printf("%-4s", "gen")
	for i := range pop {
		fmt.Printf("  ind%d", i)
	}
	fmt.Println()
	for gen := 1; gen <= 5; gen++ {
		for _, ind := range pop {
			mutate(r, ind, 0.03)
		}
		fmt.Printf("%-4d", gen)
		for _, ind := range pop {
			fmt.Printf("%6d", hamming(ind, []byte(ancestor)))
		}
		fmt.Println()
	}
	// consensus
	cons := make([]byte, len(ancestor))
	for i := range cons {
		counts := map[byte]int{}
		for _, ind := range pop {
			counts[ind[i]]++
		}
		keys := make([]byte, 0, 4)
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool {
			if counts[keys[a]] != counts[keys[b]] {
				return counts[keys[a]] > counts[keys[b]]
			}
			return keys[a] < keys[b]
		})
		cons[i] = keys[0]
	}
	fmt.Println("ancestor :", ancestor)
	fmt.Println("consensus:", string(cons))
	var marks strings.Builder
	for i := range cons {
		if cons[i] != ancestor[i] {
			marks.WriteByte('^')
		} else {
			marks.WriteByte(' ')
		}
	}
	fmt.Println("           " + strings.TrimRight(marks.String(), " "))
	perm := r.Perm(6)
	fmt.Println("sample order:", perm, r.IntN(1000))
}
