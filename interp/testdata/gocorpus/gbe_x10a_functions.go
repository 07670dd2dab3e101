// Exercises: functions - parameters, shared parameter types, function values and types, functions as arguments and results, nil funcs
package main

import (
	"fmt"
	"strings"
)

func area(w float64, h float64) float64 {
	return w * h
}

func volume(w, h, d float64) float64 {
	return area(w, h) * d
}

func mapWords(words []string, f func(string) string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = f(w)
	}
	return out
}

func pipeline(steps ...func(int) int) func(int) int {
	return func(x int) int {
		for _, s := range steps {
			x = s(x)
		}
		return x
	}
}

type predicate func(int) bool

func (p predicate) not() predicate { return func(n int) bool { return !p(n) } }

func filter(xs []int, keep predicate) (out []int) {
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return
}

func main() {
	fmt.Println(area(2, 3.5), volume(1, 2, 3))
	fmt.Println(mapWords([]string{"go", "fun"}, strings.ToUpper))
	fmt.Println(mapWords([]string{"a", "b"}, func(s string) string { return s + s }))

	inc := func(x int) int { return x + 1 }
	double := func(x int) int { return x * 2 }
	fmt.Println(pipeline(inc, double)(5), pipeline(double, inc)(5), pipeline()(5))

	even := predicate(func(n int) bool { return n%2 == 0 })
	nums := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(filter(nums, even), filter(nums, even.not()), filter(nil, even) == nil)

	var later func(string) int
	fmt.Println(later == nil)
	later = func(s string) int { return strings.Count(s, "e") }
	fmt.Println(later("cheese"))
	fmt.Printf("%T | %T\n", pipeline, even)
}
