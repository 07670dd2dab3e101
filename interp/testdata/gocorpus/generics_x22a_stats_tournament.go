package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Points int
type Rating float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func SortedBy[K cmp.Ordered, V any](m map[K]V, less func(a, b V) int) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int {
		if c := less(a.Val, b.Val); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

type Match struct {
	Home, Away   string
	HGoals, AGls int
}

func elo(ra, rb Rating, scoreA float64) (Rating, Rating) {
	const k = 20
	ea := 1 / (1 + pow10(float64(rb-ra)/400))
	d := Rating(k * (scoreA - ea))
	return ra + d, rb - d
}

func pow10(x float64) float64 {
	r := 1.0
	for i := 0; i < 40; i++ {
		r *= 1 + x*2.302585092994046/40
	}
	return r
}

func main() {
	matches := []Match{
		{"Lions", "Bears", 2, 1}, {"Tigers", "Wolves", 0, 0}, {"Lions", "Tigers", 1, 3},
		{"Bears", "Wolves", 4, 2}, {"Wolves", "Lions", 1, 1}, {"Tigers", "Bears", 2, 2},
	}
	pts := map[string]Points{}
	goals := map[string][]int{}
	ratings := map[string]Rating{}
	for _, m := range matches {
		for _, t := range []string{m.Home, m.Away} {
			if _, ok := ratings[t]; !ok {
				ratings[t] = 1500
			}
		}
		var s float64
		switch {
		case m.HGoals > m.AGls:
			pts[m.Home] += 3
			s = 1
		case m.HGoals < m.AGls:
			pts[m.Away] += 3
		default:
			pts[m.Home]++
			pts[m.Away]++
			s = 0.5
		}
		ratings[m.Home], ratings[m.Away] = elo(ratings[m.Home], ratings[m.Away], s)
		goals[m.Home] = append(goals[m.Home], m.HGoals)
		goals[m.Away] = append(goals[m.Away], m.AGls)
	}
	table := SortedBy(pts, func(a, b Points) int { return cmp.Compare(b, a) })
	for i, p := range table {
		fmt.Printf("%d. %-7s %2d pts  avg goals %.2f  elo %.1f\n", i+1, p.Key, p.Val, Mean(goals[p.Key]), ratings[p.Key])
	}
	fmt.Println(Sum[Points](3, 4, 5), Sum(1.5, 2.25), Mean([]Rating{1, 2}))
}
