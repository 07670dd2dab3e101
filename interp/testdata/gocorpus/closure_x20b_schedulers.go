package main

import (
	"fmt"
	"math"
)

type Schedule func(step int) float64

func Constant(lr float64) Schedule { return func(int) float64 { return lr } }

func StepDecay(lr, factor float64, every int) Schedule {
	return func(step int) float64 {
		return lr * math.Pow(factor, float64(step/every))
	}
}

func Cosine(lr float64, total int) Schedule {
	return func(step int) float64 {
		return 0.5 * lr * (1 + math.Cos(math.Pi*float64(step)/float64(total)))
	}
}

func Warmup(s Schedule, n int) Schedule {
	return func(step int) float64 {
		if step < n {
			return s(step) * float64(step+1) / float64(n)
		}
		return s(step)
	}
}

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
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
	next, reset := counter()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())
	var fns []func() int
	for i := range 3 {
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1.0
	minimize := func(f func(float64) float64, lr Schedule, steps int) {
		for s := 0; s < steps; s++ {
			h := 1e-6
			g := (f(x+h) - f(x-h)) / (2 * h)
			x -= lr(s) * g
		}
	}
	minimize(func(v float64) float64 { return (v - 4) * (v - 4) }, StepDecay(0.3, 0.9, 5), 40)
	fmt.Printf("x=%.4f\n", x)
}
