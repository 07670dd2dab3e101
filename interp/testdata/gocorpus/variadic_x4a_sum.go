// Exercises: variadic functions: calling with zero, several args, spreading a slice with ..., variadic of interfaces, append spread.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	fmt.Print(nums, " ")
	total := 0
	for _, num := range nums {
		total += num
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func logf(prefix string, args ...any) {
	fmt.Println(prefix, len(args), fmt.Sprint(args...))
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2))
	fmt.Println(sum(1, 2, 3))
	nums := []int{1, 2, 3, 4}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join("+"))
	logf("info:", 1, "two", 3.0)
	args := []any{"x", 2}
	logf("spread:", args...)
	a := []int{1}
	a = append(a, nums[1:]...)
	fmt.Println(a)
	b := append([]byte("hi "), "there"...)
	fmt.Println(string(b))
}
