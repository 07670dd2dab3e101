package main

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
)

type Dice [5]int

type Category struct {
	Name  string
	Score func(Dice) int
}

func counts(d Dice) map[int]int {
	m := map[int]int{}
	for _, v := range d {
		m[v]++
	}
	return m
}

func sum(d Dice) int {
	s := 0
	for _, v := range d {
		s += v
	}
	return s
}

func ofAKind(n int) func(Dice) int {
	return func(d Dice) int {
		for _, c := range counts(d) {
			if c >= n {
				return sum(d)
			}
		}
		return 0
	}
}

func straight(length, points int) func(Dice) int {
	return func(d Dice) int {
		s := d[:]
		u := slices.Compact(slices.Sorted(slices.Values(s)))
		run, best := 1, 1
		for i := 1; i < len(u); i++ {
			if u[i] == u[i-1]+1 {
				run++
			} else {
				run = 1
			}
			best = max(best, run)
		}
		if best >= length {
			return points
		}
		return 0
	}
}

func main() {
	rng := rand.New(rand.NewSource(7))
	cats := []Category{
		{"three of a kind", ofAKind(3)},
		{"four of a kind", ofAKind(4)},
		{"small straight", straight(4, 30)},
		{"large straight", straight(5, 40)},
		{"yahtzee", func(d Dice) int {
			if len(counts(d)) == 1 {
				return 50
			}
			return 0
		}},
		{"chance", sum},
	}
	total := 0
	for turn := 1; turn <= 6; turn++ {
		var d Dice
		for i := range d {
			d[i] = rng.Intn(6) + 1
		}
		type scored struct {
			name string
			pts  int
		}
		var opts []scored
		for _, c := range cats {
			opts = append(opts, scored{c.Name, c.Score(d)})
		}
		sort.SliceStable(opts, func(i, j int) bool { return opts[i].pts > opts[j].pts })
		best := opts[0]
		total += best.pts
		fmt.Printf("turn %d %v -> %s (%d)\n", turn, d, best.name, best.pts)
	}
	fmt.Println("total", total)
	fmt.Println(straight(4, 30)(Dice{1, 2, 3, 4, 6}), straight(5, 40)(Dice{2, 3, 4, 5, 6}), ofAKind(4)(Dice{3, 3, 3, 3, 1}))
}
