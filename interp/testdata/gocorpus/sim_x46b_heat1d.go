package main

import (
	"fmt"
	"strings"
)

type Rod struct {
	T     []float64
	alpha float64
	dx    float64
}

func (r *Rod) Step(dt float64) {
	n := len(r.T)
	next := make([]float64, n)
	copy(next, r.T)
	c := r.alpha * dt / (r.dx * r.dx)
	for i := 1; i < n-1; i++ {
		next[i] = r.T[i] + c*(r.T[i-1]-2*r.T[i]+r.T[i+1])
	}
	r.T = next
}

func (r *Rod) Plot() string {
	const shades = " .:-=+*#%@"
	var b strings.Builder
	for _, t := range r.T {
		idx := int(t / 100 * float64(len(shades)-1))
		idx = min(max(idx, 0), len(shades)-1)
		b.WriteByte(shades[idx])
	}
	return b.String()
}

func main() {
	rod := &Rod{T: make([]float64, 41), alpha: 1.0, dx: 0.025}
	rod.T[0] = 100
	rod.T[40] = 100
	for i := 15; i <= 25; i++ {
		rod.T[i] = 80
	}
	dt := 0.4 * rod.dx * rod.dx / rod.alpha
	fmt.Printf("dt=%.6f stability r=%.2f\n", dt, rod.alpha*dt/(rod.dx*rod.dx))
	step := 0
	for _, target := range []int{0, 10, 50, 200, 1000} {
		for step < target {
			rod.Step(dt)
			step++
		}
		fmt.Printf("step %4d |%s| mid=%6.2f\n", step, rod.Plot(), rod.T[20])
	}
}
