package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

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

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Meters float32

type Vec[T Number] struct{ X, Y T }

func (v Vec[T]) Add(o Vec[T]) Vec[T] { return Vec[T]{v.X + o.X, v.Y + o.Y} }
func (v Vec[T]) Scale(k T) Vec[T]    { return Vec[T]{v.X * k, v.Y * k} }
func (v Vec[T]) Dot(o Vec[T]) T      { return v.X*o.X + v.Y*o.Y }
func (v Vec[T]) String() string      { return fmt.Sprintf("(%v, %v)", v.X, v.Y) }
func Clamp[T Number](v, lo, hi T) T  { return max(lo, min(v, hi)) }
func Abs[T Integer | Float](v T) T   { return T(math.Abs(float64(v))) }
func Parse[T Integer](s string) (T, error) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, err
	}
	return T(n), nil
}

func main() {
	prices := []Cents{199, 250, 1005}
	fmt.Println(Sum(prices), Mean(prices))
	fmt.Println(Sum([]float64{0.1, 0.2, 0.3}), Mean([]int8{1, 2, 4}))
	fmt.Println(Mean([]int{}))

	lens := []Meters{1.5, 2.25}
	fmt.Printf("%v %T\n", Sum(lens), Sum(lens))

	strs := Map(prices, Cents.String)
	fmt.Printf("%q\n", strs)
	doubled := Map([]int{1, 2, 3}, func(i int) float64 { return float64(i) * 1.5 })
	fmt.Println(doubled)

	a := Vec[int]{1, 2}
	b := Vec[int]{3, -4}
	fmt.Println(a.Add(b), a.Scale(3), a.Dot(b))
	fv := Vec[float64]{0.5, 1}.Add(Vec[float64]{1, 1})
	fmt.Println(fv, fv.Dot(fv))
	fmt.Printf("%v %+v\n", []Vec[int]{a, b}, struct{ V Vec[int8] }{Vec[int8]{1, 2}})

	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp[Cents](50, 100, 200))
	fmt.Println(Abs(-7), Abs(Meters(-2.5)))

	n, err := Parse[int16]("1234")
	fmt.Println(n, err)
	_, err = Parse[int8]("x1")
	fmt.Println(err)
	ns := []int{5, 2, 8}
	fmt.Println(slices.Max(ns), slices.Min(ns), Sum(ns))
}
