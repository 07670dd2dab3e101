package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type Real interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Summary[T Real] struct {
	N             int
	Min, Max, Sum T
	Mean, Median  float64
}

func Summarize[T Real](xs []T) (Summary[T], bool) {
	var s Summary[T]
	if len(xs) == 0 {
		return s, false
	}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	s.N = len(xs)
	s.Min, s.Max = sorted[0], sorted[len(sorted)-1]
	for _, x := range xs {
		s.Sum += x
	}
	s.Mean = float64(s.Sum) / float64(s.N)
	mid := s.N / 2
	if s.N%2 == 1 {
		s.Median = float64(sorted[mid])
	} else {
		s.Median = (float64(sorted[mid-1]) + float64(sorted[mid])) / 2
	}
	return s, true
}

func Percentile[T cmp.Ordered](xs []T, p int) T {
	s := slices.Sorted(slices.Values(xs))
	idx := (len(s) - 1) * p / 100
	return s[idx]
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	lat := []time.Duration{120 * time.Millisecond, 80 * time.Millisecond, 2 * time.Second, 95 * time.Millisecond, 101 * time.Millisecond}
	s, _ := Summarize(lat)
	fmt.Printf("%+v\n", s)
	fmt.Println(time.Duration(s.Mean), time.Duration(s.Median), Percentile(lat, 90))
	prices := []Cents{1999, 500, 12000, 750}
	ps, _ := Summarize(prices)
	fmt.Println(ps.Min, ps.Max, ps.Sum, ps.Mean, ps.Median)
	fs, ok := Summarize([]float32{1.5, 2.25})
	fmt.Println(fs, ok)
	_, ok = Summarize([]int{})
	fmt.Println(ok, Percentile([]string{"pear", "apple", "fig"}, 50))
}
