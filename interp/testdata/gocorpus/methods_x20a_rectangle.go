package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point    { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Dist(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *Point) Scale(f float64)     { p.X *= f; p.Y *= f }
func (p Point) String() string       { return fmt.Sprintf("(%.1f,%.1f)", p.X, p.Y) }

type Rect struct {
	Min, Max Point
}

func NewRect(x, y, w, h float64) Rect {
	return Rect{Point{x, y}, Point{x + w, y + h}}
}

func (r Rect) Width() float64  { return r.Max.X - r.Min.X }
func (r Rect) Height() float64 { return r.Max.Y - r.Min.Y }
func (r Rect) Area() float64   { return r.Width() * r.Height() }
func (r Rect) Perimeter() float64 {
	return 2 * (r.Width() + r.Height())
}
func (r Rect) Contains(p Point) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}
func (r Rect) Intersect(o Rect) (Rect, bool) {
	res := Rect{
		Point{math.Max(r.Min.X, o.Min.X), math.Max(r.Min.Y, o.Min.Y)},
		Point{math.Min(r.Max.X, o.Max.X), math.Min(r.Max.Y, o.Max.Y)},
	}
	if res.Min.X >= res.Max.X || res.Min.Y >= res.Max.Y {
		return Rect{}, false
	}
	return res, true
}
func (r *Rect) Translate(d Point) {
	r.Min = r.Min.Add(d)
	r.Max = r.Max.Add(d)
}

func main() {
	a := NewRect(0, 0, 4, 3)
	b := NewRect(2, 1, 5, 5)
	fmt.Println(a, b)
	fmt.Printf("area %.2f perim %.2f diag %.3f\n", a.Area(), a.Perimeter(), a.Min.Dist(a.Max))
	if in, ok := a.Intersect(b); ok {
		fmt.Println("intersection", in, in.Area())
	}
	c := NewRect(10, 10, 1, 1)
	_, ok := a.Intersect(c)
	fmt.Println("a∩c?", ok)
	a.Translate(Point{1, 1})
	fmt.Println("moved", a, a.Contains(Point{1, 1}), a.Contains(Point{0.5, 1}))
	p := &a.Max
	p.Scale(2)
	fmt.Println(a, a.Area())
	rs := []Rect{a, b, c}
	total := 0.0
	for i := range rs {
		rs[i].Translate(Point{-1, 0})
		total += rs[i].Area()
	}
	fmt.Printf("%v total=%.1f\n", rs, total)
	fmt.Printf("%+v\n", c)
}
