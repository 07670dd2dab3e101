package main

import (
	"fmt"
	"math"
)

type Vec [4]float64 // x, y, vx, vy

func (a Vec) Add(b Vec, k float64) Vec {
	var r Vec
	for i := range a {
		r[i] = a[i] + k*b[i]
	}
	return r
}

type Deriv func(s Vec) Vec

func gravity(gm float64) Deriv {
	return func(s Vec) Vec {
		r := math.Hypot(s[0], s[1])
		r3 := r * r * r
		return Vec{s[2], s[3], -gm * s[0] / r3, -gm * s[1] / r3}
	}
}

func rk4(f Deriv, s Vec, h float64) Vec {
	k1 := f(s)
	k2 := f(s.Add(k1, h/2))
	k3 := f(s.Add(k2, h/2))
	k4 := f(s.Add(k3, h))
	var out Vec
	for i := range s {
		out[i] = s[i] + h/6*(k1[i]+2*k2[i]+2*k3[i]+k4[i])
	}
	return out
}

func euler(f Deriv, s Vec, h float64) Vec {
	return s.Add(f(s), h)
}

func energy(s Vec, gm float64) float64 {
	return 0.5*(s[2]*s[2]+s[3]*s[3]) - gm/math.Hypot(s[0], s[1])
}

func main() {
	gm := 4 * math.Pi * math.Pi // AU^3/yr^2
	f := gravity(gm)
	start := Vec{1, 0, 0, 2 * math.Pi}
	e0 := energy(start, gm)
	methods := []struct {
		name string
		step func(Deriv, Vec, float64) Vec
	}{{"euler", euler}, {"rk4", rk4}}
	fmt.Printf("%-6s %8s %12s %12s %12s\n", "method", "steps", "x(1yr)", "y(1yr)", "dE/E")
	for _, m := range methods {
		for _, n := range []int{100, 1000, 10000} {
			s := start
			h := 1.0 / float64(n)
			for i := 0; i < n; i++ {
				s = m.step(f, s, h)
			}
			de := (energy(s, gm) - e0) / math.Abs(e0)
			fmt.Printf("%-6s %8d %12.6f %12.6f %12.3e\n", m.name, n, s[0], s[1], de)
		}
	}
}
