package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MinMax[T cmp.Ordered](xs []T) (lo, hi T, ok bool) {
	if len(xs) == 0 {
		return
	}
	return slices.Min(xs), slices.Max(xs), true
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Clamp[T cmp.Ordered](v, lo, hi T) T { return min(max(v, lo), hi) }

type Celsius float64
type Score int8

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[S Stringish](xs []S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Score](100, 20, 7))
	fmt.Println(Sum[Score](100, 20, 8))
	temps := []Celsius{21.5, 19, 25.25, 17.75}
	lo, hi, ok := MinMax(temps)
	fmt.Println(lo, hi, ok, Sum(temps...))
	_, _, ok = MinMax([]string{})
	fmt.Println(ok)
	fmt.Println(Join(temps, " | "))
	fmt.Printf("%v %T\n", Clamp(Celsius(40), 0, 30), Clamp(Score(-5), 0, 10))
	fmt.Println(Clamp("m", "a", "f"), Clamp(3.7, 1, 5))

	g := GroupBy(strings.Fields("ant bee cat dog eel fox gnu hen ibis"), func(s string) int { return len(s) })
	fmt.Println(g)
	byFirst := GroupBy([]Name{"ann", "al", "bob", "bea", "cy"}, func(n Name) byte { return n[0] })
	fmt.Println(len(byFirst), byFirst['b'], Longest(byFirst['a']))
	fmt.Printf("%q\n", Longest([]Name{}))
}
