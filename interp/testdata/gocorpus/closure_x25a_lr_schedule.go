package main

import (
	"fmt"
	"math"
	"strings"
)

type Schedule func(step int) float64

func (s Schedule) Then(after int, next Schedule) Schedule {
	return func(step int) float64 {
		if step < after {
			return s(step)
		}
		return next(step - after)
	}
}

func Constant(lr float64) Schedule { return func(int) float64 { return lr } }

func StepDecay(lr, gamma float64, every int) Schedule {
	return func(step int) float64 { return lr * math.Pow(gamma, float64(step/every)) }
}

func Cosine(lr float64, total int) Schedule {
	return func(step int) float64 {
		if step >= total {
			return 0
		}
		return lr * 0.5 * (1 + math.Cos(math.Pi*float64(step)/float64(total)))
	}
}

func Warmup(lr float64, n int) Schedule {
	return func(step int) float64 { return lr * float64(step+1) / float64(n) }
}

func counter() (func() int, func() int) {
	n := 0
	return func() int { n++; return n }, func() int { return n }
}

func main() {
	scheds := map[string]Schedule{
		"const":  Constant(0.1),
		"step":   StepDecay(0.1, 0.5, 3),
		"cosine": Cosine(0.1, 10),
		"warm":   Warmup(0.1, 4).Then(4, Cosine(0.1, 6)),
	}
	order := []string{"const", "step", "cosine", "warm"}
	for _, name := range order {
		s := scheds[name]
		vals := make([]string, 0, 10)
		for i := 0; i < 10; i++ {
			vals = append(vals, fmt.Sprintf("%.4f", s(i)))
		}
		fmt.Printf("%-6s %s\n", name, strings.Join(vals, " "))
	}
	// minimise (x-3)^2 under each schedule
	inc, get := counter()
	for _, name := range order {
		x := 0.0
		for i := 0; i < 10; i++ {
			x -= scheds[name](i) * 2 * (x - 3)
			inc()
		}
		fmt.Printf("%s: x=%.5f\n", name, x)
	}
	fmt.Println("updates:", get())
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
