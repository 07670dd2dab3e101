package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Label() string { return "<" + n.Name + ">" }

type Circle struct {
	Named
	R float64
}

type Rect struct {
	Named
	W, H float64
}

type Square struct {
	Rect
}

type Triangle struct {
	Named
	A, B, C float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func NewSquare(side float64) Square {
	return Square{Rect{Named{"square"}, side, side}}
}

func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

type Scaler interface {
	Scale(f float64)
}

func (c *Circle) Scale(f float64) { c.R *= f }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	var kind string
	switch v := s.(type) {
	case Circle:
		kind = fmt.Sprintf("circle r=%g", v.R)
	case Square:
		kind = "square " + v.String()
	case Rect:
		kind = fmt.Sprintf("rect %gx%g", v.W, v.H)
	case interface{ Label() string }:
		kind = "other " + v.Label()
	}
	return kind
}

func main() {
	shapes := []Shape{
		Circle{Named{"c1"}, 1},
		Rect{Named{"r1"}, 3, 4},
		NewSquare(2),
		Triangle{Named{"t1"}, 3, 4, 5},
		Circle{Named{"c2"}, 0.5},
	}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-22s area=%7.3f perim=%7.3f\n", describe(s), s.Area(), s.Perimeter())
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area %.4f\n", total)

	c := &Circle{Named{"big"}, 2}
	r := &Rect{Named{"wide"}, 1, 2}
	sq := NewSquare(3)
	for _, s := range []Scaler{c, r, &sq} {
		s.Scale(2)
	}
	fmt.Println(c.R, r.W, r.H, sq.W, sq.Label(), sq.Name)
	fmt.Printf("%v | %+v | %s\n", sq, *r, c.Label())
	fmt.Printf("%#v\n", Triangle{Named{"t"}, 1, 1, 1})
	var sh Shape = sq
	_, isScaler := sh.(Scaler)
	fmt.Println("square value is Scaler:", isScaler, strings.Repeat("-", 10))
}
