// Exercises: learning-rate schedules as a func type with methods, closures capturing parameters, a map of named schedules
package main

import (
	"fmt"
	"math"
	"sort"
)

type Schedule func(step int) float64

func (s Schedule) Warmup(n int) Schedule {
	return func(step int) float64 {
		if step < n {
			return s(step) * float64(step+1) / float64(n)
		}
		return s(step)
	}
}

func Constant(lr float64) Schedule { return func(int) float64 { return lr } }

func StepDecay(lr, factor float64, every int) Schedule {
	return func(step int) float64 { return lr * math.Pow(factor, float64(step/every)) }
}

func Cosine(lr float64, total int) Schedule {
	return func(step int) float64 {
		return 0.5 * lr * (1 + math.Cos(math.Pi*float64(step)/float64(total)))
	}
}

func main() {
	scheds := map[string]Schedule{
		"constant": Constant(0.1),
		"step":     StepDecay(0.1, 0.5, 3),
		"cosine":   Cosine(0.1, 10),
		"warm-cos": Cosine(0.1, 10).Warmup(3),
	}
	names := make([]string, 0, len(scheds))
	for n := range scheds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-9s", n)
		for step := 0; step <= 10; step += 2 {
			fmt.Printf(" %.4f", scheds[n](step))
		}
		fmt.Println()
	}
	var s Schedule
	fmt.Println(s == nil, scheds["step"] != nil)
}
