package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float32 | ~float64
}

func Mean[T Number](xs []T) float64 {
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs))
}

func StdDev[T Number](xs []T) float64 {
	m := Mean(xs)
	var s float64
	for _, x := range xs {
		d := float64(x) - m
		s += d * d
	}
	return math.Sqrt(s / float64(len(xs)-1))
}

func Median[T cmp.Ordered](xs []T) T {
	c := slices.Clone(xs)
	slices.Sort(c)
	return c[len(c)/2]
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func MinMaxScale[T Number](xs []T) []float64 {
	lo, hi := slices.Min(xs), slices.Max(xs)
	return Map(xs, func(x T) float64 { return float64(x-lo) / float64(hi-lo) })
}

type Celsius float64

type Column[T Number] struct {
	Name string
	Data []T
}

func (c Column[T]) Summary() string {
	return fmt.Sprintf("%-8s n=%d mean=%.3f sd=%.3f median=%v", c.Name, len(c.Data), Mean(c.Data), StdDev(c.Data), Median(c.Data))
}

func main() {
	ages := Column[int]{"age", []int{23, 35, 31, 52, 46, 29, 38}}
	temps := Column[Celsius]{"temp", []Celsius{21.5, 19.0, 25.2, 22.8, 18.4}}
	fmt.Println(ages.Summary())
	fmt.Println(temps.Summary())
	fmt.Printf("%.3f\n", MinMaxScale(ages.Data))
	fmt.Printf("%.3f\n", MinMaxScale(temps.Data))
	z := Map(ages.Data, func(a int) string {
		return fmt.Sprintf("%+.2f", (float64(a)-Mean(ages.Data))/StdDev(ages.Data))
	})
	fmt.Println(z)
	fmt.Printf("%T %T\n", temps, Median(temps.Data))
}
