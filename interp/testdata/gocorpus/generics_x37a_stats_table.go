package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

type Numeric interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Stats[T Numeric] struct {
	Count         int
	Min, Max, Sum T
}

func (s *Stats[T]) Add(v T) {
	if s.Count == 0 || v < s.Min {
		s.Min = v
	}
	if s.Count == 0 || v > s.Max {
		s.Max = v
	}
	s.Count++
	s.Sum += v
}

func (s Stats[T]) Mean() float64 {
	if s.Count == 0 {
		return math.NaN()
	}
	return float64(s.Sum) / float64(s.Count)
}

func (s Stats[T]) String() string {
	return fmt.Sprintf("n=%d min=%v max=%v mean=%.2f", s.Count, s.Min, s.Max, s.Mean())
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func Aggregate[R any, K cmp.Ordered, T Numeric](rows []R, key func(R) K, val func(R) T) []Pair[K, *Stats[T]] {
	m := map[K]*Stats[T]{}
	for _, r := range rows {
		k := key(r)
		if m[k] == nil {
			m[k] = &Stats[T]{}
		}
		m[k].Add(val(r))
	}
	return SortedPairs(m)
}

type Trip struct {
	City     string
	Month    int
	Distance float64
	Minutes  int
}

const trips = `Oslo 1 12.5 31
Oslo 1 3.2 11
Lima 1 8.0 40
Oslo 2 22.1 45
Lima 2 1.5 9
Lima 2 15.0 52
Kyiv 2 6.6 20
Kyiv 1 4.4 14
Lima 1 9.9 38`

func main() {
	var rows []Trip
	for _, l := range strings.Split(trips, "\n") {
		f := strings.Fields(l)
		m, _ := strconv.Atoi(f[1])
		d, _ := strconv.ParseFloat(f[2], 64)
		mins, _ := strconv.Atoi(f[3])
		rows = append(rows, Trip{f[0], m, d, mins})
	}
	fmt.Println("distance by city:")
	for _, p := range Aggregate(rows, func(t Trip) string { return t.City }, func(t Trip) float64 { return t.Distance }) {
		fmt.Printf("  %-5s %v\n", p.Key, p.Val)
	}
	fmt.Println("minutes by month:")
	for _, p := range Aggregate(rows, func(t Trip) int { return t.Month }, func(t Trip) int { return t.Minutes }) {
		fmt.Printf("  %02d %v\n", p.Key, *p.Val)
	}
	speed := Aggregate(rows, func(t Trip) string { return fmt.Sprintf("%s/%d", t.City, t.Month) },
		func(t Trip) float64 { return t.Distance / (float64(t.Minutes) / 60) })
	slices.SortStableFunc(speed, func(a, b Pair[string, *Stats[float64]]) int {
		return cmp.Compare(b.Val.Mean(), a.Val.Mean())
	})
	for i, p := range speed[:3] {
		fmt.Printf("%d. %-7s %.1f km/h\n", i+1, p.Key, p.Val.Mean())
	}
	var empty Stats[int32]
	fmt.Println(empty, math.IsNaN(empty.Mean()))
	fmt.Printf("%T %T\n", speed[0], empty)
}
