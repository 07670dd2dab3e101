package main

import (
	"fmt"
	"math"
	"strings"
)

type Schedule func(step int) float64

func Constant(lr float64) Schedule { return func(int) float64 { return lr } }

func StepDecay(lr, gamma float64, every int) Schedule {
	return func(s int) float64 { return lr * math.Pow(gamma, float64(s/every)) }
}

func Cosine(lr float64, total int) Schedule {
	return func(s int) float64 {
		return 0.5 * lr * (1 + math.Cos(math.Pi*float64(min(s, total))/float64(total)))
	}
}

func Warmup(inner Schedule, warm int) Schedule {
	return func(s int) float64 {
		if s < warm {
			return inner(s) * float64(s+1) / float64(warm)
		}
		return inner(s)
	}
}

func bar(v, maxv float64, width int) string {
	n := int(math.Round(v / maxv * float64(width)))
	return strings.Repeat("*", n) + strings.Repeat(" ", width-n)
}

func main() {
	scheds := []struct {
		name string
		s    Schedule
	}{
		{"const", Constant(0.1)},
		{"step", StepDecay(0.1, 0.5, 3)},
		{"cosine", Cosine(0.1, 10)},
		{"warm+cos", Warmup(Cosine(0.1, 10), 3)},
	}
	for _, sc := range scheds {
		fmt.Printf("%-9s", sc.name)
		for step := 0; step <= 10; step += 2 {
			fmt.Printf(" %.4f", sc.s(step))
		}
		fmt.Println()
	}
	// minimise f(x) = (x-3)^2 with each schedule
	for _, sc := range scheds {
		x := 0.0
		for step := range 30 {
			g := 2 * (x - 3)
			x -= sc.s(step) * g
		}
		fmt.Printf("%-9s x=%.5f |%s|\n", sc.name, x, bar(x, 3, 20))
	}
}
