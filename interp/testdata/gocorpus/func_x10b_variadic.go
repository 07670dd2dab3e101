// Exercises: variadic sum and max, passing a slice with ..., variadic of interface type, variadic with a required first parameter, errorf-like helper
package main

import (
	"fmt"
	"os"
)

func sum(vals ...int) int {
	total := 0
	for _, v := range vals {
		total += v
	}
	return total
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func errorf(linenum int, format string, args ...interface{}) string {
	return fmt.Sprintf("Line %d: ", linenum) + fmt.Sprintf(format, args...)
}

func count(xs ...any) (n int, nilArgs bool) { return len(xs), xs == nil }

func main() {
	fmt.Println(sum(), sum(3), sum(1, 2, 3, 4))
	values := []int{1, 2, 3, 4}
	fmt.Println(sum(values...), sum(values[1:]...))
	fmt.Println(maxOf(3), maxOf(3, 9, -1), maxOf(-5, values...))
	fmt.Println(errorf(12, "undefined: %s (%d)", "count", 3))
	fmt.Println(count())
	fmt.Println(count(nil))
	fmt.Println(count(1, "a", 2.5))
	args := []any{"x", 1}
	fmt.Println(count(args...))
	fmt.Printf("%T %T\n", sum, errorf)
	fmt.Fprintln(os.Stdout, "to stdout", sum(values[:2]...))
	var fn func(...int) int = sum
	fmt.Println(fn(5, 5))
}
