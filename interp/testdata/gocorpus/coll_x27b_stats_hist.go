package main

import (
	"fmt"
	"math"
	"math/rand"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Mean[T Number](xs []T) float64 {
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs))
}

func Variance[T Number](xs []T) float64 {
	m := Mean(xs)
	var s float64
	for _, x := range xs {
		d := float64(x) - m
		s += d * d
	}
	return s / float64(len(xs)-1)
}

func Median[T Number](xs []T) float64 {
	c := slices.Clone(xs)
	slices.Sort(c)
	n := len(c)
	if n%2 == 1 {
		return float64(c[n/2])
	}
	return float64(c[n/2-1]+c[n/2]) / 2
}

func Histogram(xs []float64, lo, hi float64, bins int) []int {
	h := make([]int, bins)
	for _, x := range xs {
		b := int((x - lo) / (hi - lo) * float64(bins))
		b = max(0, min(bins-1, b))
		h[b]++
	}
	return h
}

func main() {
	rng := rand.New(rand.NewSource(7))
	xs := make([]float64, 500)
	for i := range xs {
		xs[i] = rng.NormFloat64()*1.5 + 10
	}
	fmt.Printf("n=%d mean=%.4f var=%.4f sd=%.4f median=%.4f\n", len(xs), Mean(xs), Variance(xs), math.Sqrt(Variance(xs)), Median(xs))
	ints := []int{4, 8, 15, 16, 23, 42}
	fmt.Printf("ints mean=%.3f var=%.3f median=%.1f\n", Mean(ints), Variance(ints), Median(ints))
	lo, hi := 5.0, 15.0
	h := Histogram(xs, lo, hi, 10)
	peak := slices.Max(h)
	for i, c := range h {
		a := lo + float64(i)*(hi-lo)/10
		bar := strings.Repeat("#", c*40/peak)
		fmt.Printf("[%5.1f,%5.1f) %3d %s\n", a, a+1, c, bar)
	}
	type Dur int64
	ds := []Dur{3, 1, 2}
	fmt.Printf("%.2f %.2f\n", Mean(ds), Median(ds))
}
