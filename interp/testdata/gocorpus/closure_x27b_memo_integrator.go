package main

import (
	"fmt"
	"math"
	"sort"
)

func counted(f func(float64) float64) (func(float64) float64, func() int) {
	n := 0
	return func(x float64) float64 {
			n++
			return f(x)
		}, func() int {
			return n
		}
}

func memo(f func(float64) float64) func(float64) float64 {
	cache := map[float64]float64{}
	return func(x float64) float64 {
		if v, ok := cache[x]; ok {
			return v
		}
		v := f(x)
		cache[x] = v
		return v
	}
}

func adaptive(f func(float64) float64, a, b, eps float64, depth int) float64 {
	var rec func(a, b, fa, fm, fb, whole, eps float64, depth int) float64
	simpson := func(a, b, fa, fm, fb float64) float64 { return (b - a) / 6 * (fa + 4*fm + fb) }
	rec = func(a, b, fa, fm, fb, whole, eps float64, depth int) float64 {
		m := (a + b) / 2
		lm, rm := (a+m)/2, (m+b)/2
		flm, frm := f(lm), f(rm)
		left := simpson(a, m, fa, flm, fm)
		right := simpson(m, b, fm, frm, fb)
		if depth <= 0 || math.Abs(left+right-whole) <= 15*eps {
			return left + right + (left+right-whole)/15
		}
		return rec(a, m, fa, flm, fm, left, eps/2, depth-1) + rec(m, b, fm, frm, fb, right, eps/2, depth-1)
	}
	fa, fb, fm := f(a), f(b), f((a+b)/2)
	return rec(a, b, fa, fm, fb, simpson(a, b, fa, fm, fb), eps, depth)
}

func main() {
	funcs := map[string]func(float64) float64{
		"sqrt":  math.Sqrt,
		"gauss": func(x float64) float64 { return math.Exp(-x * x) },
		"spiky": func(x float64) float64 { return 1 / (0.01 + (x-0.3)*(x-0.3)) },
	}
	names := make([]string, 0)
	for k := range funcs {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		f, calls := counted(funcs[name])
		v := adaptive(f, 0, 1, 1e-9, 40)
		raw := calls()
		g, calls2 := counted(funcs[name])
		mg := memo(g)
		v2 := adaptive(mg, 0, 1, 1e-9, 40)
		fmt.Printf("%-6s %.10f calls=%d memo-calls=%d same=%t\n", name, v, raw, calls2(), v == v2)
	}
}
