// Exercises: variadic functions, forwarding with xs..., and variadic func values.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(label string, nums ...int) string {
	return fmt.Sprintf("%s%v len=%d nil=%v sum=%d", label, nums, len(nums), nums == nil, sum(nums...))
}

func logf(prefix string) func(format string, args ...any) string {
	return func(format string, args ...any) string {
		return prefix + fmt.Sprintf(format, args...)
	}
}

func apply(f func(...int) int, groups ...[]int) []int {
	var out []int
	for _, g := range groups {
		out = append(out, f(g...))
	}
	return out
}

func main() {
	fmt.Println(describe("none"))
	fmt.Println(describe("three", 1, 2, 3))
	xs := []int{10, 20}
	fmt.Println(describe("slice", xs...))
	xs2 := append(xs, 30)
	fmt.Println(sum(xs2...), sum(append([]int{1}, xs...)...))
	warn := logf("WARN ")
	fmt.Println(warn("%d items, %s", 3, "ok"))
	fmt.Println(warn("plain"))
	fmt.Println(apply(sum, []int{1, 2}, nil, []int{5, 5, 5}))
	parts := []string{"a", "b"}
	fmt.Println(strings.Join(append(parts, "c", "d"), "/"))
	var vf func(...string) int = func(s ...string) int { return len(s) }
	fmt.Println(vf(), vf("x", "y"))
}
