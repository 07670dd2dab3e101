// Exercises: variadic functions called with slice..., empty variadic, ...interface{}, append with spread
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func logf(format string, args ...interface{}) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func count(xs ...int) string { return fmt.Sprint(len(xs), xs == nil) }

func main() {
	xs := []int{1, 2, 3, 4}
	fmt.Println(sum(), sum(5), sum(xs...), sum(xs[1:3]...))
	fmt.Println(join("-", "a", "b", "c"), join(","), join("/", strings.Fields("x y z")...))
	logf("%d items, first %q", len(xs), "alpha")
	logf("no args")
	args := []interface{}{1, "two", 3.0}
	logf("%v|%v|%v", args...)
	mutate(xs...)
	mutate(7, 8)
	fmt.Println(xs)
	fmt.Println(count(), count(nil...), count([]int{}...))
	ys := append([]int{0}, xs...)
	ys = append(ys, ys...)
	fmt.Println(ys, len(ys))
	bs := append([]byte("go"), "pher"...)
	fmt.Println(string(bs))
}
