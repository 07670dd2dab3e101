package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](xs S, keep func(E) bool) S {
	var out S
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs ...N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T, ok bool) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best, ok = x, true
		}
	}
	return
}

type Celsius float64

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	sq := Map(evens, func(n int) string { return strconv.Itoa(n * n) })
	fmt.Println(evens, sq, strings.Join(sq, "+"))
	fmt.Println(Reduce(nums, "", func(a string, n int) string { return a + strconv.Itoa(n%3) }))
	words := strings.Fields("apple avocado banana blueberry cherry cranberry date")
	g := GroupBy(words, func(w string) byte { return w[0] })
	fmt.Println(g)
	fmt.Println(Sum(1.5, 2.25), Sum[int64](), Sum(Celsius(20), Celsius(1.5)))
	z := Zip(words, nums[:3])
	fmt.Println(z, z[1])
	longest, ok := MaxBy(words, func(s string) int { return len(s) })
	fmt.Println(longest, ok)
	_, ok = MaxBy([]string{}, func(s string) int { return len(s) })
	fmt.Println(ok)
	type temp struct {
		city string
		t    Celsius
	}
	temps := []temp{{"Oslo", -3}, {"Rome", 18.5}, {"Cairo", 31}, {"Lima", 18.5}}
	slices.SortFunc(temps, func(a, b temp) int {
		return cmp.Or(cmp.Compare(b.t, a.t), strings.Compare(a.city, b.city))
	})
	fmt.Println(temps)
	hot, _ := MaxBy(temps, func(t temp) Celsius { return t.t })
	fmt.Printf("%+v\n", hot)
}
