package main

import (
	"fmt"
	"sort"
)

var cache = map[uint64]int{1: 0}

func steps(n uint64) int {
	if v, ok := cache[n]; ok {
		return v
	}
	var next uint64
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	s := 1 + steps(next)
	cache[n] = s
	return s
}

func sequence(n uint64) []uint64 {
	seq := []uint64{n}
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = 3*n + 1
		}
		seq = append(seq, n)
	}
	return seq
}

type entry struct {
	start uint64
	steps int
}

func main() {
	fmt.Println(sequence(27)[:20], "...")
	fmt.Println("len(27) =", len(sequence(27)))
	var entries []entry
	for i := uint64(1); i <= 10000; i++ {
		entries = append(entries, entry{i, steps(i)})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].steps != entries[j].steps {
			return entries[i].steps > entries[j].steps
		}
		return entries[i].start < entries[j].start
	})
	for _, e := range entries[:5] {
		fmt.Printf("start=%5d steps=%d\n", e.start, e.steps)
	}
	hist := make(map[int]int)
	for _, e := range entries {
		hist[e.steps/50]++
	}
	fmt.Println("histogram by 50s:", hist)
	var peak uint64
	for _, v := range sequence(9663) {
		peak = max(peak, v)
	}
	fmt.Println("peak of 9663:", peak)
}
