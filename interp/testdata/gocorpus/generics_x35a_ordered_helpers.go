package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, error) {
	var best T
	if len(xs) == 0 {
		return best, errors.New("MaxBy of empty slice")
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, nil
}

func Chunk[T any](xs []T, size int) [][]T {
	var out [][]T
	for size < len(xs) {
		xs, out = xs[size:], append(out, xs[:size])
	}
	return append(out, xs)
}

func Uniq[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

type Stringish interface {
	~string
}

func JoinAll[S Stringish](xs []S, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	return strings.Join(parts, sep)
}

type Color string

type Employee struct {
	Name   string
	Salary int
	Dept   string
}

func main() {
	emps := []Employee{{"ann", 5000, "eng"}, {"bob", 7000, "ops"}, {"cid", 6000, "eng"}, {"dan", 7000, "eng"}}
	top, _ := MaxBy(emps, func(e Employee) int { return e.Salary })
	fmt.Printf("%+v\n", top)
	longest, _ := MaxBy([]string{"go", "python", "c"}, func(s string) int { return len(s) })
	fmt.Println(longest)
	_, err := MaxBy([]int{}, func(i int) int { return i })
	fmt.Println(err)

	fmt.Println(Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(Chunk([]string{"a", "b"}, 5))
	fmt.Println(Uniq([]int{3, 1, 3, 2, 1}), Uniq(strings.Split("a,b,a,c", ",")))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	fmt.Println(JoinAll([]Color{"red", "green"}, "+"))

	slices.SortStableFunc(emps, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(b.Salary, a.Salary), strings.Compare(a.Name, b.Name))
	})
	for _, e := range emps {
		fmt.Println(e.Name, e.Salary)
	}
	depts := Uniq(slices.Collect(func(yield func(string) bool) {
		for _, e := range emps {
			if !yield(e.Dept) {
				return
			}
		}
	}))
	fmt.Println(depts)
}
