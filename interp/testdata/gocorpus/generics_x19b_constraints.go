package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Meters float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
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

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("#%03d", int(i)) }

func Join[T Stringer](xs []T, sep string) string {
	parts := Map(xs, T.String)
	return strings.Join(parts, sep)
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Meters](1.25, 2))
	fmt.Printf("%T\n", Sum[Meters](1))
	words := []string{"go", "generic", "types"}
	fmt.Println(Map(words, func(s string) int { return len(s) }))
	fmt.Println(Reduce(words, "", func(a string, s string) string { return a + s[:1] }))
	w, ok := MaxBy(words, func(s string) int { return len(s) })
	fmt.Println(w, ok)
	_, ok = MaxBy([]int{}, func(i int) int { return i })
	fmt.Println(ok)
	fmt.Println(Join([]ID{1, 22, 333}, ", "))
	type Set map[string]struct{}
	fmt.Println(Keys(Set{"a": {}, "b": {}}))
	fmt.Println(cmp.Compare(2, 3), cmp.Compare("b", "a"), min(3, 1, 2), max(2.5, 1))
}
