package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
)

type Roller interface {
	Roll(n int) []int
}

type seeded struct{ r *rand.Rand }

func (s seeded) Roll(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = s.r.IntN(6) + 1
	}
	return out
}

type Category struct {
	Name  string
	Score func([]int) int
}

func counts(d []int) map[int]int {
	m := map[int]int{}
	for _, v := range d {
		m[v]++
	}
	return m
}

func sum(d []int) (s int) {
	for _, v := range d {
		s += v
	}
	return
}

func nOfKind(n int) func([]int) int {
	return func(d []int) int {
		for _, c := range counts(d) {
			if c >= n {
				return sum(d)
			}
		}
		return 0
	}
}

func main() {
	var r Roller = seeded{rand.New(rand.NewPCG(7, 11))}
	cats := []Category{
		{"chance", sum},
		{"three", nOfKind(3)},
		{"four", nOfKind(4)},
		{"yahtzee", func(d []int) int {
			if len(counts(d)) == 1 {
				return 50
			}
			return 0
		}},
		{"straight", func(d []int) int {
			s := slices.Clone(d)
			slices.Sort(s)
			s = slices.Compact(s)
			if len(s) == 5 && s[4]-s[0] == 4 {
				return 40
			}
			return 0
		}},
	}
	totals := map[string]int{}
	for turn := 1; turn <= 6; turn++ {
		dice := r.Roll(5)
		fmt.Printf("turn %d: %v\n", turn, dice)
		bestName, best := "", -1
		for _, c := range cats {
			if _, used := totals[c.Name]; used {
				continue
			}
			if s := c.Score(dice); s > best {
				bestName, best = c.Name, s
			}
		}
		if bestName == "" {
			fmt.Println("  no categories left")
			continue
		}
		totals[bestName] = best
		fmt.Printf("  scored %d in %s\n", best, bestName)
	}
	names := make([]string, 0, len(totals))
	for k := range totals {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		return totals[names[i]] > totals[names[j]] || totals[names[i]] == totals[names[j]] && names[i] < names[j]
	})
	grand := 0
	for _, n := range names {
		fmt.Printf("%-9s %3d\n", n, totals[n])
		grand += totals[n]
	}
	fmt.Println("total:", grand, totals)
}
