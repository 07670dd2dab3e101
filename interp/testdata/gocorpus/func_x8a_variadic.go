// Exercises: variadic functions - zero args give nil slice, slice... passes the same backing array, mixing fixed and variadic params
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func isNil(xs ...string) bool { return xs == nil }

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println("sums:", sum(), sum(1), sum(1, 2, 3))
	fmt.Println("no args is nil:", isNil(), "empty slice... is not:", isNil([]string{}...))
	s := []int{5, 6}
	mutate(s...)
	fmt.Println("slice... shares array:", s)
	mutate(7, 8)
	fmt.Println("join:", join("-", "a", "b", "c"), join("-"))
	args := []interface{}{"x", 1, true}
	fmt.Println(args...)
	fmt.Printf("%T\n", sum)
}
