// Exercises: trapezoid and Simpson integration, a table of methods as a slice of structs with func fields
package main

import (
	"fmt"
	"math"
)

func trapezoid(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := (f(a) + f(b)) / 2
	for i := 1; i < n; i++ {
		s += f(a + float64(i)*h)
	}
	return s * h
}

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	if n%2 == 1 {
		n++
	}
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4
		}
		s += w * f(a+float64(i)*h)
	}
	return s * h / 3
}

func main() {
	methods := []struct {
		Name string
		Rule func(func(float64) float64, float64, float64, int) float64
	}{{"trapezoid", trapezoid}, {"simpson", simpson}}
	exact := 2.0
	fmt.Printf("%-10s %6s %14s %12s\n", "method", "n", "integral", "error")
	for _, m := range methods {
		for _, n := range []int{4, 16, 64} {
			v := m.Rule(math.Sin, 0, math.Pi, n)
			fmt.Printf("%-10s %6d %14.10f %+12.2e\n", m.Name, n, v, v-exact)
		}
	}
}
