package main

import (
	"fmt"
	"math"
)

type Body struct {
	Name   string
	M      float64
	X, Y   float64
	VX, VY float64
	ax, ay float64
}

type System []Body

func (s System) accelerations() {
	for i := range s {
		s[i].ax, s[i].ay = 0, 0
	}
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			dx, dy := s[j].X-s[i].X, s[j].Y-s[i].Y
			r2 := dx*dx + dy*dy + 1e-6
			inv := 1 / (r2 * math.Sqrt(r2))
			s[i].ax += s[j].M * dx * inv
			s[i].ay += s[j].M * dy * inv
			s[j].ax -= s[i].M * dx * inv
			s[j].ay -= s[i].M * dy * inv
		}
	}
}

func (s System) Energy() float64 {
	e := 0.0
	for i, b := range s {
		e += 0.5 * b.M * (b.VX*b.VX + b.VY*b.VY)
		for _, c := range s[i+1:] {
			e -= b.M * c.M / math.Hypot(b.X-c.X, b.Y-c.Y)
		}
	}
	return e
}

func (s System) Leapfrog(dt float64) {
	s.accelerations()
	for i := range s {
		s[i].VX += 0.5 * dt * s[i].ax
		s[i].VY += 0.5 * dt * s[i].ay
		s[i].X += dt * s[i].VX
		s[i].Y += dt * s[i].VY
	}
	s.accelerations()
	for i := range s {
		s[i].VX += 0.5 * dt * s[i].ax
		s[i].VY += 0.5 * dt * s[i].ay
	}
}

func main() {
	// figure-eight three-body choreography (G=1, m=1)
	s := System{
		{Name: "A", M: 1, X: 0.97000436, Y: -0.24308753, VX: 0.466203685, VY: 0.43236573},
		{Name: "B", M: 1, X: -0.97000436, Y: 0.24308753, VX: 0.466203685, VY: 0.43236573},
		{Name: "C", M: 1, VX: -0.93240737, VY: -0.86473146},
	}
	e0 := s.Energy()
	dt := 0.001
	fmt.Printf("%6s", "t")
	for _, b := range s {
		fmt.Printf(" %9s %9s", b.Name+".x", b.Name+".y")
	}
	fmt.Println()
	for step := 0; step <= 6326; step++ {
		if step%1000 == 0 || step == 6326 {
			fmt.Printf("%6.3f", float64(step)*dt)
			for _, b := range s {
				fmt.Printf(" %9.5f %9.5f", b.X, b.Y)
			}
			fmt.Println()
		}
		s.Leapfrog(dt)
	}
	fmt.Printf("relative energy drift %.2e\n", (s.Energy()-e0)/math.Abs(e0))
}
