package main

import (
	"fmt"
	"math"
)

type Vec2 struct{ X, Y float64 }

func (a Vec2) Add(b Vec2) Vec2      { return Vec2{a.X + b.X, a.Y + b.Y} }
func (a Vec2) Scale(k float64) Vec2 { return Vec2{a.X * k, a.Y * k} }
func (a Vec2) Len() float64         { return math.Hypot(a.X, a.Y) }
func (a Vec2) String() string       { return fmt.Sprintf("<%.3f, %.3f>", a.X, a.Y) }

type Body struct {
	Pos, Vel Vec2
	Mass     float64
}

type Force interface {
	Apply(b *Body) Vec2
}

type Gravity struct{ G float64 }

func (g Gravity) Apply(b *Body) Vec2 { return Vec2{0, -g.G * b.Mass} }

type Drag struct{ K float64 }

func (d Drag) Apply(b *Body) Vec2 { return b.Vel.Scale(-d.K * b.Vel.Len()) }

type Spring struct {
	Anchor Vec2
	K, L0  float64
}

func (s *Spring) Apply(b *Body) Vec2 {
	d := Vec2{b.Pos.X - s.Anchor.X, b.Pos.Y - s.Anchor.Y}
	l := d.Len()
	if l == 0 {
		return Vec2{}
	}
	return d.Scale(-s.K * (l - s.L0) / l)
}

type World struct {
	Bodies []*Body
	Forces []Force
}

func (w *World) Step(dt float64) {
	for _, b := range w.Bodies {
		var f Vec2
		for _, force := range w.Forces {
			f = f.Add(force.Apply(b))
		}
		b.Vel = b.Vel.Add(f.Scale(dt / b.Mass))
		b.Pos = b.Pos.Add(b.Vel.Scale(dt))
	}
}

func main() {
	w := &World{
		Bodies: []*Body{{Pos: Vec2{1, 0}, Mass: 1}, {Pos: Vec2{0, -2}, Mass: 2}},
		Forces: []Force{Gravity{9.81}, Drag{0.1}, &Spring{K: 20, L0: 1}},
	}
	for _, f := range w.Forces {
		fmt.Printf("%T %+v\n", f, f)
	}
	for i := 0; i <= 300; i++ {
		if i%60 == 0 {
			fmt.Printf("t=%.2f", float64(i)*0.01)
			for j, b := range w.Bodies {
				fmt.Printf("  b%d pos=%v |v|=%.3f", j, b.Pos, b.Vel.Len())
			}
			fmt.Println()
		}
		w.Step(0.01)
	}
	if s, ok := w.Forces[2].(*Spring); ok {
		fmt.Println("spring anchor", s.Anchor)
	}
}
