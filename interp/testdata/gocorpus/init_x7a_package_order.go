// Exercises: package initialization order - package vars initialized in dependency order before any init(), several init funcs in source order, a registry filled by init through a helper
package main

import (
	"fmt"
	"slices"
	"strings"
)

var trace []string

func note(s string) int {
	trace = append(trace, s)
	return len(trace)
}

var (
	total  = weight * count
	weight = note("weight")
	count  = note("count") + 1
)

var registry = map[string]func(string) string{}

func register(name string, f func(string) string) { registry[name] = f }

func init() {
	note("init 1")
	register("upper", strings.ToUpper)
}

func init() {
	note("init 2")
	register("rev", func(s string) string {
		r := []rune(s)
		slices.Reverse(r)
		return string(r)
	})
}

var banner = fmt.Sprintf("%d handlers at var-init time", len(registry))

var late = note("late var, declared after the init funcs")

func main() {
	for i, t := range trace {
		fmt.Println(i, t)
	}
	fmt.Println(total, weight, count, late)
	fmt.Println(banner)
	names := make([]string, 0, len(registry))
	for name := range registry {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Println(n, registry[n]("gopher"))
	}
}
