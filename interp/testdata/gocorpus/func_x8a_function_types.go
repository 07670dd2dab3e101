// Exercises: function types - named func types with methods, funcs as map values, comparing funcs to nil, higher-order composition
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(float64, float64) float64

func (o Op) Apply(a, b float64) string { return fmt.Sprintf("%.2f", o(a, b)) }

type Transform func(string) string

func chain(ts ...Transform) Transform {
	return func(s string) string {
		for _, t := range ts {
			s = t(s)
		}
		return s
	}
}

func main() {
	ops := map[string]Op{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
		"div": func(a, b float64) float64 { return a / b },
	}
	names := make([]string, 0)
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n].Apply(7, 2))
	}
	var missing Op = ops["pow"]
	fmt.Println("missing op is nil:", missing == nil)
	t := chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println("composed:", t("  hi there "))
	apply := func(f func(int) int, x int) int { return f(f(x)) }
	fmt.Println("twice:", apply(func(n int) int { return n * 3 }, 2))
	mv := strings.Repeat
	fmt.Println("stdlib func value:", mv("ab", 2))
}
