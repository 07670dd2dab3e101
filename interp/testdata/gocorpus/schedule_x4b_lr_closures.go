// Exercises: closures as learning-rate schedules, funcs in a map and a slice, loop variable capture per iteration
package main

import (
	"fmt"
	"math"
	"sort"
)

type Schedule func(step int) float64

func stepDecay(lr0 float64, every int, gamma float64) Schedule {
	return func(step int) float64 { return lr0 * math.Pow(gamma, float64(step/every)) }
}

func warmup(s Schedule, n int) Schedule {
	return func(step int) float64 {
		if step < n {
			return s(step) * float64(step+1) / float64(n)
		}
		return s(step)
	}
}

func main() {
	scheds := map[string]Schedule{
		"const": func(int) float64 { return 0.1 },
		"step":  stepDecay(0.1, 3, 0.5),
		"exp":   func(t int) float64 { return 0.1 * math.Exp(-0.2*float64(t)) },
		"cos":   func(t int) float64 { return 0.05 * (1 + math.Cos(math.Pi*float64(t)/8)) },
	}
	scheds["warm"] = warmup(scheds["step"], 4)
	names := make([]string, 0, len(scheds))
	for n := range scheds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-5s", n)
		for t := 0; t <= 8; t += 2 {
			fmt.Printf(" %.4f", scheds[n](t))
		}
		fmt.Println()
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
