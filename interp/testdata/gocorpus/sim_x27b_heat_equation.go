package main

import (
	"fmt"
	"math"
	"strings"
)

type Grid struct {
	U      []float64
	Dx, Dt float64
	Alpha  float64
}

func NewGrid(n int, alpha, dt float64, init func(x float64) float64) *Grid {
	g := &Grid{U: make([]float64, n+1), Dx: 1 / float64(n), Dt: dt, Alpha: alpha}
	for i := range g.U {
		g.U[i] = init(float64(i) * g.Dx)
	}
	g.U[0], g.U[n] = 0, 0
	return g
}

func (g *Grid) Step() {
	r := g.Alpha * g.Dt / (g.Dx * g.Dx)
	next := make([]float64, len(g.U))
	for i := 1; i < len(g.U)-1; i++ {
		next[i] = g.U[i] + r*(g.U[i+1]-2*g.U[i]+g.U[i-1])
	}
	g.U = next
}

func (g *Grid) Render() string {
	const levels = " .:-=+*#%@"
	var sb strings.Builder
	for _, u := range g.U {
		k := int(u * float64(len(levels)-1))
		k = max(0, min(len(levels)-1, k))
		sb.WriteByte(levels[k])
	}
	return sb.String()
}

func main() {
	n := 40
	g := NewGrid(n, 1, 0.0002, func(x float64) float64 { return math.Sin(math.Pi * x) })
	fmt.Printf("r = %.3f\n", g.Alpha*g.Dt/(g.Dx*g.Dx))
	t := 0.0
	for step := 0; step <= 1000; step++ {
		if step%200 == 0 {
			mid := g.U[n/2]
			exact := math.Exp(-math.Pi*math.Pi*t) * math.Sin(math.Pi*0.5)
			fmt.Printf("t=%.3f |%s| mid=%.6f exact=%.6f\n", t, g.Render(), mid, exact)
		}
		g.Step()
		t += g.Dt
	}
	unstable := NewGrid(n, 1, 0.0007, func(x float64) float64 { return math.Sin(math.Pi * x) })
	for i := 0; i < 300; i++ {
		unstable.Step()
	}
	big := 0.0
	for _, u := range unstable.U {
		big = math.Max(big, math.Abs(u))
	}
	fmt.Printf("unstable r=%.2f max|u|=%.3e\n", unstable.Alpha*unstable.Dt/(unstable.Dx*unstable.Dx), big)
}
