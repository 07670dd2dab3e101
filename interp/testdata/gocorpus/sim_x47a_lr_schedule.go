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
		return 0.5 * lr * (1 + math.Cos(math.Pi*float64(s)/float64(total)))
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

func bar(v, maxV float64, width int) string {
	n := int(math.Round(v / maxV * float64(width)))
	return strings.Repeat("#", n) + strings.Repeat(".", width-n)
}

func main() {
	scheds := []struct {
		name string
		s    Schedule
	}{
		{"const", Constant(0.1)},
		{"step", StepDecay(0.1, 0.5, 4)},
		{"cosine", Cosine(0.1, 16)},
		{"warm+cos", Warmup(Cosine(0.1, 16), 4)},
	}
	fmt.Printf("%4s", "step")
	for _, s := range scheds {
		fmt.Printf(" %9s", s.name)
	}
	fmt.Println()
	for step := 0; step <= 16; step += 2 {
		fmt.Printf("%4d", step)
		for _, s := range scheds {
			fmt.Printf(" %9.5f", s.s(step))
		}
		fmt.Println()
	}
	fmt.Println()
	for step := 0; step < 16; step += 3 {
		fmt.Printf("%2d |%s|\n", step, bar(scheds[3].s(step), 0.1, 20))
	}
	// train w on (w-3)^2 with each schedule
	for _, s := range scheds {
		w := 0.0
		for step := 0; step < 16; step++ {
			w -= s.s(step) * 2 * (w - 3)
		}
		fmt.Printf("%-9s w=%.5f\n", s.name, w)
	}
}
