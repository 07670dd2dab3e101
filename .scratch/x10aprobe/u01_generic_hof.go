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

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
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

func Keys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

type Name string

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func main() {
	nums := []int{1, 2, 3, 4, 5}
	fmt.Println(Map(nums, strconv.Itoa), Map(nums, func(n int) float64 { return float64(n) / 2 }))
	fmt.Println(Filter(nums, func(n int) bool { return n%2 == 1 }))
	fmt.Println(Reduce(nums, "", func(acc string, n int) string { return acc + strconv.Itoa(n) }))
	fmt.Println(Reduce(nums, 0, func(a, n int) int { return a + n }))
	fmt.Println(Keys(map[string]bool{"b": true, "a": false}), Keys(map[int]string{3: "", 1: ""}))
	z := Zip([]string{"a", "b", "c"}, []int{1, 2})
	fmt.Println(z, len(z))
	fmt.Printf("%+v\n", z[0])
	fmt.Println(Upper(Name("ann")), Upper("bo"))
	fmt.Printf("%T %T\n", Upper(Name("x")), z)
}
