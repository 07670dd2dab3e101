package main

import (
	"fmt"
	"math"
	"sort"
)

type Vec struct{ X, Y float64 }

func (a Vec) Add(b Vec) Vec       { return Vec{a.X + b.X, a.Y + b.Y} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k} }
func (a Vec) String() string      { return fmt.Sprintf("(%.2f,%.2f)", a.X, a.Y) }

type Shape interface {
	Area() float64
	Bounds() (min, max Vec)
}

type Body struct {
	Pos, Vel Vec
	Mass     float64
}

func (b *Body) Integrate(dt float64, g Vec) {
	b.Vel = b.Vel.Add(g.Scale(dt))
	b.Pos = b.Pos.Add(b.Vel.Scale(dt))
}

type Circle struct {
	Body
	R float64
}

type Box struct {
	Body
	W, H float64
}

func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c *Circle) Bounds() (Vec, Vec) {
	return Vec{c.Pos.X - c.R, c.Pos.Y - c.R}, Vec{c.Pos.X + c.R, c.Pos.Y + c.R}
}
func (b *Box) Area() float64 { return b.W * b.H }
func (b *Box) Bounds() (Vec, Vec) {
	return b.Pos, Vec{b.Pos.X + b.W, b.Pos.Y + b.H}
}

type integrator interface{ Integrate(float64, Vec) }

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	shapes := []Shape{
		&Circle{Body{Vec{0, 10}, Vec{1, 0}, 1}, 1},
		&Box{Body{Vec{5, 20}, Vec{-1, 2}, 3}, 2, 1},
		&Circle{Body{Vec{-3, 5}, Vec{0, 3}, 2}, 0.5},
		&Box{Body{Vec{2, 1}, Vec{0, 0}, 9}, 4, 4},
	}
	g := Vec{0, -9.8}
	for step := 0; step < 20; step++ {
		for _, s := range shapes {
			s.(integrator).Integrate(0.05, g)
			lo, _ := s.Bounds()
			if lo.Y < 0 {
				switch v := s.(type) {
				case *Circle:
					v.Pos.Y = v.R
					v.Vel.Y = -v.Vel.Y * 0.8
				case *Box:
					v.Pos.Y = 0
					v.Vel.Y = -v.Vel.Y * 0.5
				}
			}
		}
	}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		lo, hi := s.Bounds()
		var body Body
		switch v := s.(type) {
		case *Circle:
			body = v.Body
		case *Box:
			body = v.Body
		}
		fmt.Printf("%-12T area=%6.3f lo=%v hi=%v vel=%v m=%g\n", s, s.Area(), lo, hi, body.Vel, body.Mass)
	}
	fmt.Println(math.Round(shapes[0].Area()*1000)/1000, Vec{1, 2})
}
