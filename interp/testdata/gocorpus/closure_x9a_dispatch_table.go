// Exercises: first-class functions in a map and a slice, sorted dispatch keys, method expressions
package main

import (
	"fmt"
	"sort"
)

type Op func(a, b float64) (float64, error)

type calc struct{ name string }

func (c calc) hello(who string) string { return c.name + " greets " + who }

func main() {
	ops := map[string]Op{
		"+": func(a, b float64) (float64, error) { return a + b, nil },
		"-": func(a, b float64) (float64, error) { return a - b, nil },
		"*": func(a, b float64) (float64, error) { return a * b, nil },
		"/": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, fmt.Errorf("divide %g by zero", a)
			}
			return a / b, nil
		},
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, b := range []float64{4, 0} {
			v, err := ops[k](12, b)
			fmt.Printf("12 %s %g = %v %v\n", k, b, v, err)
		}
	}
	_, ok := ops["%"]
	fmt.Println(ok, ops["%"] == nil)
	greet := calc.hello
	fmt.Println(greet(calc{"Ann"}, "Bob"))
	steps := []func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 3 }}
	x := 2
	for _, s := range steps {
		x = s(x)
	}
	fmt.Println(x)
}
