package main

import (
	"fmt"
	"math"
)

type Vec3 struct{ X, Y, Z float64 }

func (a Vec3) Add(b Vec3) Vec3      { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Sub(b Vec3) Vec3      { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Scale(k float64) Vec3 { return Vec3{a.X * k, a.Y * k, a.Z * k} }
func (a Vec3) Len() float64         { return math.Sqrt(a.X*a.X + a.Y*a.Y + a.Z*a.Z) }

type Particle struct {
	Pos, Vel Vec3
	Mass     float64
}

func (p *Particle) Kinetic() float64 { l := p.Vel.Len(); return 0.5 * p.Mass * l * l }

type Body struct {
	Particle
	Name string
}

type System struct {
	Bodies []*Body
	G      float64
}

func (s *System) accel() []Vec3 {
	acc := make([]Vec3, len(s.Bodies))
	for i, a := range s.Bodies {
		for j, b := range s.Bodies {
			if i == j {
				continue
			}
			d := b.Pos.Sub(a.Pos)
			r := d.Len()
			acc[i] = acc[i].Add(d.Scale(s.G * b.Mass / (r * r * r)))
		}
	}
	return acc
}

func (s *System) Energy() float64 {
	e := 0.0
	for i, a := range s.Bodies {
		e += a.Kinetic()
		for _, b := range s.Bodies[i+1:] {
			e -= s.G * a.Mass * b.Mass / b.Pos.Sub(a.Pos).Len()
		}
	}
	return e
}

func (s *System) Leapfrog(dt float64) {
	acc := s.accel()
	for i, b := range s.Bodies {
		b.Vel = b.Vel.Add(acc[i].Scale(dt / 2))
		b.Pos = b.Pos.Add(b.Vel.Scale(dt))
	}
	acc = s.accel()
	for i, b := range s.Bodies {
		b.Vel = b.Vel.Add(acc[i].Scale(dt / 2))
	}
}

func main() {
	s := &System{G: 1, Bodies: []*Body{
		{Particle{Vec3{0, 0, 0}, Vec3{0, 0, 0}, 1000}, "sun"},
		{Particle{Vec3{10, 0, 0}, Vec3{0, 10, 0}, 1}, "inner"},
		{Particle{Vec3{0, 25, 0}, Vec3{-6.3, 0, 0.2}, 0.5}, "outer"},
	}}
	e0 := s.Energy()
	for step := 1; step <= 2000; step++ {
		s.Leapfrog(0.002)
		if step%500 == 0 {
			fmt.Printf("step %4d dE/E=%+.3e", step, (s.Energy()-e0)/e0)
			for _, b := range s.Bodies[1:] {
				fmt.Printf("  %s r=%.4f", b.Name, b.Pos.Sub(s.Bodies[0].Pos).Len())
			}
			fmt.Println()
		}
	}
	fmt.Printf("%+v\n", s.Bodies[1].Particle.Mass)
	fmt.Printf("%.3f\n", s.Bodies[2].Pos)
}
