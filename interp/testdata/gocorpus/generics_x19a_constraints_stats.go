package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Score int32

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

func Median[T Number](xs []T) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return (float64(s[n/2-1]) + float64(s[n/2])) / 2
}

func MinMax[T cmp.Ordered](xs []T) (lo, hi T, ok bool) {
	if len(xs) == 0 {
		return lo, hi, false
	}
	return slices.Min(xs), slices.Max(xs), true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func TopN[K comparable, V Number](m map[K]V, n int, less func(a, b K) int) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int {
		if c := cmp.Compare(b.Val, a.Val); c != 0 {
			return c
		}
		return less(a.Key, b.Key)
	})
	return ps[:min(n, len(ps))]
}

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	temps := []Celsius{21.5, 19, 23.25, 18.75, 22}
	fmt.Println(Sum(temps...), Mean(temps), Median(temps))
	lo, hi, _ := MinMax(temps)
	fmt.Println(lo, hi)
	scores := []Score{90, 72, 85, 85, 100, 60}
	fmt.Printf("%v %.3f %v\n", Sum(scores...), Mean(scores), Median(scores))
	_, _, ok := MinMax([]string{})
	w1, w2, _ := MinMax([]string{"pear", "apple", "zucchini"})
	fmt.Println(ok, w1, w2)
	votes := map[string]Score{"go": 40, "rust": 40, "zig": 12, "c": 25, "odin": 3}
	fmt.Println(TopN(votes, 3, cmp.Compare[string]))
	fmt.Println(TopN(map[int]float64{1: 0.5, 2: 0.25}, 5, func(a, b int) int { return a - b }))
	fmt.Println(Sum[int](), Sum(1.5, 2.25), Mean([]int64{}))
}
