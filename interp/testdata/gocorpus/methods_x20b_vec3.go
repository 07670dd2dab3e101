package main

import (
	"fmt"
	"math"
)

type Vec3 struct{ X, Y, Z float64 }

func (a Vec3) Add(b Vec3) Vec3      { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Sub(b Vec3) Vec3      { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Scale(s float64) Vec3 { return Vec3{a.X * s, a.Y * s, a.Z * s} }
func (a Vec3) Dot(b Vec3) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Norm() float64        { return math.Sqrt(a.Dot(a)) }
func (a Vec3) Cross(b Vec3) Vec3 {
	return Vec3{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}
func (a *Vec3) Normalize() {
	n := a.Norm()
	if n == 0 {
		return
	}
	*a = a.Scale(1 / n)
}
func (a Vec3) String() string { return fmt.Sprintf("(%.4f, %.4f, %.4f)", a.X, a.Y, a.Z) }

type Particle struct {
	Pos, Vel Vec3
	Mass     float64
}

func (p *Particle) Step(f Vec3, dt float64) {
	acc := f.Scale(1 / p.Mass)
	p.Vel = p.Vel.Add(acc.Scale(dt))
	p.Pos = p.Pos.Add(p.Vel.Scale(dt))
}

func main() {
	a := Vec3{1, 2, 3}
	b := Vec3{-1, 0.5, 2}
	fmt.Println(a.Add(b), a.Sub(b), a.Cross(b))
	fmt.Printf("dot=%.4f |a|=%.4f\n", a.Dot(b), a.Norm())
	c := a
	c.Normalize()
	fmt.Println(c, a)
	ps := []Particle{{Vel: Vec3{1, 0, 0}, Mass: 1}, {Pos: Vec3{0, 10, 0}, Mass: 2}}
	g := Vec3{0, -9.81, 0}
	for i := 0; i < 100; i++ {
		for j := range ps {
			ps[j].Step(g.Scale(ps[j].Mass), 0.01)
		}
	}
	for _, p := range ps {
		fmt.Println(p.Pos, p.Vel)
	}
	f := Vec3.Dot
	fmt.Printf("%.4f\n", f(a, a))
	norm := (*Vec3).Normalize
	d := Vec3{3, 4, 0}
	norm(&d)
	fmt.Println(d)
	m := map[Vec3]string{{1, 0, 0}: "x", {0, 1, 0}: "y"}
	fmt.Println(m[Vec3{0, 1, 0}], len(m))
}
