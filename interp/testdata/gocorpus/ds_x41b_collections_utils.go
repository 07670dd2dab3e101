package main

import (
	"cmp"
	"fmt"
	"slices"
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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Distinct[T comparable](xs []T) []T {
	seen := map[T]struct{}{}
	var out []T
	for _, x := range xs {
		if _, ok := seen[x]; !ok {
			seen[x] = struct{}{}
			out = append(out, x)
		}
	}
	return out
}

func Chunk[T any](xs []T, size int) [][]T {
	var out [][]T
	for size < len(xs) {
		xs, out = xs[size:], append(out, xs[:size])
	}
	return append(out, xs)
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

type Person struct {
	Name string
	Age  int
	City string
}

func main() {
	nums := []int{5, 3, 8, 1, 9, 2, 8, 3, 7}
	sq := Map(nums, func(n int) int { return n * n })
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	csv := Reduce(nums, "", func(a string, n int) string {
		if a == "" {
			return fmt.Sprint(n)
		}
		return a + "," + fmt.Sprint(n)
	})
	fmt.Println(sq, evens, sum, csv)
	fmt.Println(Distinct(nums), Chunk(nums, 4))
	fmt.Println(Zip([]string{"a", "b", "c"}, []int{1, 2}))

	people := []Person{
		{"Ann", 31, "Oslo"}, {"Bob", 25, "Rome"}, {"Cid", 42, "Oslo"},
		{"Dee", 25, "Lima"}, {"Eve", 31, "Rome"},
	}
	byCity := GroupBy(people, func(p Person) string { return p.City })
	cities := make([]string, 0, len(byCity))
	for c := range byCity {
		cities = append(cities, c)
	}
	slices.Sort(cities)
	for _, c := range cities {
		names := Map(byCity[c], func(p Person) string { return p.Name })
		fmt.Printf("%s: %s\n", c, strings.Join(names, ", "))
	}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Printf("%+v\n", people)
	idx, found := slices.BinarySearchFunc([]int{1, 3, 5, 7}, 5, cmp.Compare[int])
	fmt.Println(idx, found, slices.Max(nums), slices.Index(nums, 9), slices.Contains(nums, 4))
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Printf("%v %#v\n", oldest, Pair[string, int]{"x", 1})
}
