// Exercises: generic GroupBy/Partition/Zip/Associate with two or three type params, inference through func arguments, method expression as func
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
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

func Associate[T any, K comparable, V any](xs []T, f func(T) (K, V)) map[K]V {
	m := make(map[K]V, len(xs))
	for _, x := range xs {
		k, v := f(x)
		m[k] = v
	}
	return m
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func main() {
	words := strings.Fields("go gopher rust zig c gleam")
	fmt.Println(GroupBy(words, func(s string) int { return len(s) }))
	short, long := Partition(words, func(s string) bool { return len(s) <= 3 })
	fmt.Println(short, long)
	nums := []int{1, 2, 3}
	z := Zip(nums, words)
	fmt.Printf("%v %+v %d\n", z, z[0], len(z))
	fmt.Println(Associate(nums, func(n int) (string, bool) { return strconv.Itoa(n), n%2 == 1 }))
	temps := []Celsius{0, 100}
	fmt.Println(GroupBy(temps, Celsius.Fahrenheit))
}
