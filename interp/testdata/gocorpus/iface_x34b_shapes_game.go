package main

import (
	"fmt"
	"math"
	"sort"
)

type Entity interface {
	Name() string
	Update(dt float64)
}

type Collider interface {
	Bounds() (x, y, r float64)
}

type Pos struct{ X, Y float64 }

func (p *Pos) Move(dx, dy float64) { p.X += dx; p.Y += dy }

type Ship struct {
	Pos
	VX, VY float64
	Fuel   int
}

func (s *Ship) Name() string { return "ship" }
func (s *Ship) Update(dt float64) {
	if s.Fuel > 0 {
		s.Move(s.VX*dt, s.VY*dt)
		s.Fuel--
	}
}
func (s *Ship) Bounds() (float64, float64, float64) { return s.X, s.Y, 1 }

type Asteroid struct {
	Pos
	R    float64
	Spin float64
}

func (a *Asteroid) Name() string                        { return fmt.Sprintf("asteroid(r=%.1f)", a.R) }
func (a *Asteroid) Update(dt float64)                   { a.Spin += dt * 90 }
func (a *Asteroid) Bounds() (float64, float64, float64) { return a.X, a.Y, a.R }

type Beacon struct{ Label string }

func (b Beacon) Name() string   { return "beacon " + b.Label }
func (b Beacon) Update(float64) {}

func collide(a, b Collider) bool {
	x1, y1, r1 := a.Bounds()
	x2, y2, r2 := b.Bounds()
	return math.Hypot(x1-x2, y1-y2) < r1+r2
}

func main() {
	ship := &Ship{Pos: Pos{0, 0}, VX: 2, VY: 1, Fuel: 6}
	world := []Entity{
		ship,
		&Asteroid{Pos: Pos{6, 3}, R: 1.5},
		&Asteroid{Pos: Pos{-4, 2}, R: 2},
		Beacon{"alpha"},
	}
	for step := 1; step <= 6; step++ {
		for _, e := range world {
			e.Update(0.5)
		}
		var hits []string
		for _, e := range world[1:] {
			if c, ok := e.(Collider); ok && collide(ship, c) {
				hits = append(hits, e.Name())
			}
		}
		sort.Strings(hits)
		fmt.Printf("step %d ship=(%.1f,%.1f) fuel=%d hits=%v\n", step, ship.X, ship.Y, ship.Fuel, hits)
	}
	for _, e := range world {
		switch v := e.(type) {
		case *Ship:
			fmt.Printf("%T %+v\n", v, *v)
		case *Asteroid:
			fmt.Printf("%T spin=%.0f\n", v, v.Spin)
		default:
			fmt.Printf("%T %#v\n", v, v)
		}
	}
}
