package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Either[L, R any] interface {
	isEither()
	Fold(func(L) string, func(R) string) string
}

type Left[L, R any] struct{ V L }
type Right[L, R any] struct{ V R }

func (Left[L, R]) isEither()  {}
func (Right[L, R]) isEither() {}

func (l Left[L, R]) Fold(f func(L) string, _ func(R) string) string  { return f(l.V) }
func (r Right[L, R]) Fold(_ func(L) string, g func(R) string) string { return g(r.V) }

func Partition[L, R any](xs []Either[L, R]) ([]L, []R) {
	var ls []L
	var rs []R
	for _, x := range xs {
		switch v := x.(type) {
		case Left[L, R]:
			ls = append(ls, v.V)
		case Right[L, R]:
			rs = append(rs, v.V)
		}
	}
	return ls, rs
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, true
}

type Celsius float64

func classify(s string) Either[string, int] {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return Left[string, int]{"not a number: " + s}
		}
		n = n*10 + int(c-'0')
	}
	return Right[string, int]{n}
}

func main() {
	inputs := []string{"12", "abc", "7", "3x", "100"}
	var es []Either[string, int]
	for _, s := range inputs {
		es = append(es, classify(s))
	}
	for _, e := range es {
		fmt.Println(e.Fold(strings.ToUpper, func(n int) string { return fmt.Sprintf("n=%d", n) }))
	}
	bad, good := Partition(es)
	fmt.Println(bad, good, Sum(good))
	fmt.Println(Sum([]Celsius{1.5, 2.25}), Sum[float64](nil))
	joined := Reduce(good, "", func(a string, n int) string { return a + fmt.Sprint(n) + ";" })
	fmt.Println(joined)
	w, ok := MaxBy(inputs, func(s string) int { return len(s) })
	fmt.Println(w, ok)
	_, ok = MaxBy([]int{}, func(i int) int { return i })
	fmt.Println(ok)
	slices.SortFunc(inputs, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b)) })
	fmt.Println(inputs)
	fmt.Printf("%v %+v %T\n", es[0], es[2], es[2])
}
