package main

import (
	"fmt"
	"math"
	"strings"
)

type Schedule func(step int) float64

func constant(lr float64) Schedule { return func(int) float64 { return lr } }

func stepDecay(lr, factor float64, every int) Schedule {
	return func(s int) float64 { return lr * math.Pow(factor, float64(s/every)) }
}

func cosine(lr float64, total int) Schedule {
	return func(s int) float64 {
		return lr * 0.5 * (1 + math.Cos(math.Pi*float64(s)/float64(total)))
	}
}

func warmup(inner Schedule, n int) Schedule {
	return func(s int) float64 {
		if s < n {
			return inner(s) * float64(s+1) / float64(n)
		}
		return inner(s)
	}
}

func minimize(f, df func(float64) float64, x0 float64, sched Schedule, steps int) (float64, []float64) {
	x := x0
	var trace []float64
	for s := 0; s < steps; s++ {
		x -= sched(s) * df(x)
		trace = append(trace, f(x))
	}
	return x, trace
}

func main() {
	f := func(x float64) float64 { return (x-3)*(x-3) + 1 }
	df := func(x float64) float64 { return 2 * (x - 3) }
	scheds := []struct {
		name string
		s    Schedule
	}{
		{"constant", constant(0.1)},
		{"step", stepDecay(0.4, 0.5, 5)},
		{"cosine", cosine(0.3, 20)},
		{"warm+cos", warmup(cosine(0.3, 20), 5)},
	}
	for _, sc := range scheds {
		x, tr := minimize(f, df, -5, sc.s, 20)
		var lrs []string
		for s := 0; s < 20; s += 5 {
			lrs = append(lrs, fmt.Sprintf("%.3f", sc.s(s)))
		}
		fmt.Printf("%-9s x=%.5f f=%.6f lr=[%s] f5=%.4f\n", sc.name, x, tr[len(tr)-1], strings.Join(lrs, " "), tr[4])
	}
	counter := 0
	counted := func(s Schedule) Schedule {
		return func(i int) float64 { counter++; return s(i) }
	}
	minimize(f, df, 0, counted(constant(0.05)), 7)
	fmt.Println("schedule calls:", counter)
}
