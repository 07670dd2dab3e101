// Exercises: variadic functions - calling with several args, none, a spread slice, mixed fixed and variadic params, ...any
package main

import (
	"fmt"
	"strings"
)

func product(factors ...int) int {
	p := 1
	for _, f := range factors {
		p *= f
	}
	return p
}

func tag(name string, classes ...string) string {
	if len(classes) == 0 {
		return "<" + name + ">"
	}
	return fmt.Sprintf("<%s class=%q>", name, strings.Join(classes, " "))
}

func describe(prefix string, vals ...any) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(vals), vals)
}

func merge(dst []string, lists ...[]string) []string {
	for _, l := range lists {
		dst = append(dst, l...)
	}
	return dst
}

func main() {
	fmt.Println(product(), product(7), product(2, 3, 4))
	dims := []int{3, 5, 2}
	fmt.Println(product(dims...), product(dims[1:]...))

	fmt.Println(tag("div"), tag("p", "lead"), tag("span", "a", "b"))
	classes := []string{"btn", "primary"}
	fmt.Println(tag("button", classes...))

	fmt.Println(describe("mixed", 1, "two", 3.0, nil))
	fmt.Println(describe("none"))
	anys := []any{true, 'r'}
	fmt.Println(describe("spread", anys...))
	fmt.Println(describe("nested", anys))

	fmt.Println(merge(nil, []string{"a"}, nil, []string{"b", "c"}))
	fmt.Println(merge([]string{"x"}))

	count := func(xs ...float64) (int, bool) { return len(xs), xs == nil }
	fmt.Println(count())
	fmt.Println(count(1.5, 2.5))
	fmt.Println(count([]float64{}...))
}
