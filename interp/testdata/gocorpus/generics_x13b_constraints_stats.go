package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Score int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Median[T Number](xs []T) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}

func StdDev[T Number](xs []T) float64 {
	m := Mean(xs)
	var acc float64
	for _, x := range xs {
		d := float64(x) - m
		acc += d * d
	}
	return math.Sqrt(acc / float64(len(xs)))
}

func MinMax[T cmp.Ordered](xs ...T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func GroupBy[T any, K cmp.Ordered](xs []T, key func(T) K) []Pair[K, []T] {
	m := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	out := make([]Pair[K, []T], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, []T]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, []T]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	temps := []Celsius{21.5, 19.0, 23.25, 18.75, 22.0, 30.5}
	scores := []Score{90, 72, 85, 85, 60, 99, 78}
	fmt.Println(Sum(temps), Sum(scores))
	fmt.Printf("%.3f %.3f\n", Mean(temps), Mean(scores))
	fmt.Println(Median(temps), Median(scores))
	fmt.Printf("%.4f %.4f\n", StdDev(temps), StdDev(scores))
	fmt.Println(MinMax(temps...))
	fmt.Println(MinMax("pear", "apple", "zucchini", "fig"))
	groups := GroupBy(scores, func(s Score) string {
		switch {
		case s >= 90:
			return "A"
		case s >= 80:
			return "B"
		case s >= 70:
			return "C"
		}
		return "F"
	})
	for _, g := range groups {
		fmt.Printf("%s: %v (mean %.1f)\n", g.Key, g.Val, Mean(g.Val))
	}
	fmt.Println(math.IsNaN(Mean([]int{})))
	fmt.Printf("%v\n", GroupBy(temps, func(c Celsius) int { return int(c) / 10 * 10 }))
}
