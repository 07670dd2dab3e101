package main

import (
	"cmp"
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
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

func Max[T cmp.Ordered](xs ...T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	n := min(len(ks), len(vs))
	out := make([]Pair[K, V], n)
	for i := range n {
		out[i] = Pair[K, V]{ks[i], vs[i]}
	}
	return out
}

func main() {
	nums := []int{3, 8, 1, 9, 4, 7, 2}
	sq := Map(nums, func(n int) int { return n * n })
	fmt.Println(sq)
	evens := Filter(sq, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println("sum", sum)
	joined := Reduce(nums, "", func(a string, n int) string { return a + fmt.Sprint(n) })
	fmt.Println(joined)
	m, ok := Max(nums...)
	fmt.Println(m, ok)
	_, ok = Max[float64]()
	fmt.Println(ok)
	s, _ := Max("pear", "apple", "zucchini", "fig")
	fmt.Println(s)
	words := strings.Fields("one two three four")
	pairs := Zip(words, nums)
	fmt.Println(pairs)
	fmt.Printf("%v %s\n", pairs[0], pairs[1])
	lens := Map(words, func(w string) int { return len(w) })
	fmt.Println(lens)
}
