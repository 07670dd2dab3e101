package main

import (
	"fmt"
	"math"
	"strings"
)

func memoize(f func(int) float64) (func(int) float64, func() int) {
	cache := map[int]float64{}
	misses := 0
	return func(n int) float64 {
			if v, ok := cache[n]; ok {
				return v
			}
			misses++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return misses
		}
}

type Schedule func(step int) float64

func warmup(steps int, next Schedule) Schedule {
	return func(s int) float64 {
		if s < steps {
			return next(steps) * float64(s+1) / float64(steps)
		}
		return next(s)
	}
}

func inverseSqrt(base float64) Schedule {
	return func(s int) float64 { return base / math.Sqrt(float64(max(s, 1))) }
}

func main() {
	var fib func(int) float64
	var misses func() int
	fib, misses = memoize(func(n int) float64 {
		if n < 2 {
			return float64(n)
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), misses())
	fmt.Println(fib(30), misses())

	sched := warmup(4, inverseSqrt(0.5))
	var parts []string
	for s := range 10 {
		parts = append(parts, fmt.Sprintf("%.3f", sched(s)))
	}
	fmt.Println(strings.Join(parts, " "))

	var funcs []func() int
	for i := range 4 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	acc := func() func(float64) (float64, int) {
		sum, n := 0.0, 0
		return func(x float64) (float64, int) {
			sum += x
			n++
			return sum / float64(n), n
		}
	}()
	for _, l := range []float64{2.3, 1.9, 1.2, 0.8} {
		m, n := acc(l)
		fmt.Printf("running mean after %d: %.3f\n", n, m)
	}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var nilSched Schedule
	fmt.Println(nilSched == nil)
	nilSched(1)
}
