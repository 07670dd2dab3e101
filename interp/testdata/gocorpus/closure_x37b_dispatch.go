// Function values: a command dispatch table, per-iteration loop variables
// captured by closures, deferred cleanups, and memoizing wrappers.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type op func(stack []float64) ([]float64, error)

func binop(f func(a, b float64) float64) op {
	return func(s []float64) ([]float64, error) {
		if len(s) < 2 {
			return s, fmt.Errorf("need 2 operands, have %d", len(s))
		}
		a, b := s[len(s)-2], s[len(s)-1]
		return append(s[:len(s)-2], f(a, b)), nil
	}
}

var ops = map[string]op{
	"+":   binop(func(a, b float64) float64 { return a + b }),
	"-":   binop(func(a, b float64) float64 { return a - b }),
	"*":   binop(func(a, b float64) float64 { return a * b }),
	"max": binop(func(a, b float64) float64 { return max(a, b) }),
	"dup": func(s []float64) ([]float64, error) {
		if len(s) == 0 {
			return s, fmt.Errorf("dup of empty stack")
		}
		return append(s, s[len(s)-1]), nil
	},
}

func run(prog string) (result []float64, err error) {
	var stack []float64
	for _, tok := range strings.Fields(prog) {
		if f, ok := ops[tok]; ok {
			if stack, err = f(stack); err != nil {
				return nil, fmt.Errorf("%s: %v", tok, err)
			}
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return nil, fmt.Errorf("bad token %q", tok)
		}
		stack = append(stack, v)
	}
	return stack, nil
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	for _, p := range []string{"1 2 +", "3 dup * 4 dup * +", "2 5 max 1 -", "+", "1 x"} {
		r, err := run(p)
		fmt.Printf("%-20q %v %v\n", p, r, err)
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names)

	var rmdirs []func() string
	for _, d := range []string{"/tmp/a", "/tmp/b", "/tmp/c"} {
		rmdirs = append(rmdirs, func() string { return "rm " + d })
	}
	for i := 0; i < 3; i++ {
		rmdirs = append(rmdirs, func() string { return fmt.Sprint("i=", i) })
	}
	for _, rm := range rmdirs {
		fmt.Print(rm(), "; ")
	}
	fmt.Println()

	var steps []string
	func() {
		for i := range 3 {
			defer func() { steps = append(steps, fmt.Sprint("cleanup", i)) }()
		}
		steps = append(steps, "body")
	}()
	fmt.Println(steps)

	var fib func(int) int
	var misses *int
	fib, misses = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), *misses, fib(30), *misses)

	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		adders["add"+strconv.Itoa(k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add1"](5), adders["add10"](5), adders["add100"](5))
}
