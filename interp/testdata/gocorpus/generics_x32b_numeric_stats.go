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

func StdDev[T Number](xs []T) float64 {
	m := Mean(xs)
	var ss float64
	for _, x := range xs {
		d := float64(x) - m
		ss += d * d
	}
	return math.Sqrt(ss / float64(len(xs)))
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

func MinMax[T cmp.Ordered](xs []T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

type Stats[T Number] struct {
	Name string
	Data []T
}

func (s Stats[T]) Summary() string {
	lo, hi := MinMax(s.Data)
	return fmt.Sprintf("%-6s n=%d sum=%v mean=%.3f median=%.1f sd=%.3f range=[%v,%v]",
		s.Name, len(s.Data), Sum(s.Data), Mean(s.Data), Median(s.Data), StdDev(s.Data), lo, hi)
}

func Histogram[T Number](xs []T, buckets int) []int {
	lo, hi := MinMax(xs)
	h := make([]int, buckets)
	width := float64(hi-lo) / float64(buckets)
	for _, x := range xs {
		i := int(float64(x-lo) / width)
		if i >= buckets {
			i = buckets - 1
		}
		h[i]++
	}
	return h
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	temps := Stats[Celsius]{"temps", []Celsius{21.5, 19.0, 23.25, 18.75, 25.0, 22.0}}
	scores := Stats[Score]{"scores", []Score{88, 92, 75, 64, 99, 81, 70}}
	ints := Stats[int64]{"big", []int64{1 << 40, 1 << 41, 3}}
	fmt.Println(temps.Summary())
	fmt.Println(scores.Summary())
	fmt.Println(ints.Summary())

	fmt.Println(Histogram(scores.Data, 4))
	fmt.Printf("%T %v\n", Sum(temps.Data), Sum(temps.Data))
	fmt.Println(Mean([]float32{}))
	fmt.Println(Sum([]int32{math.MaxInt32, 1}))

	product := Reduce(scores.Data, 1.0, func(a float64, s Score) float64 { return a * float64(s) / 100 })
	fmt.Printf("%.6f\n", product)
	joined := Reduce([]string{"a", "b", "c"}, "", func(a, s string) string { return a + s + "|" })
	fmt.Println(joined)

	lo, hi := MinMax([]string{"kiwi", "apple", "zebra", "mango"})
	fmt.Println(lo, hi)
	fmt.Println(math.Inf(1), -math.MaxFloat64 < 0, math.Floor(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
}
