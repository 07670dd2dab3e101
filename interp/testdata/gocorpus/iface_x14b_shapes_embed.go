package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Label() string { return "[" + n.Name + "]" }

type Circle struct {
	Named
	R float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Rect struct {
	Named
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct{ Rect }

func NewSquare(s float64) Square { return Square{Rect{Named{"square"}, s, s}} }

func (s Square) Label() string { return "<sq " + s.Rect.Label() + ">" }

type Labeler interface{ Label() string }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	lbl := "?"
	if l, ok := s.(Labeler); ok {
		lbl = l.Label()
	}
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("%s circle r=%g", lbl, v.R)
	case Square:
		return fmt.Sprintf("%s side=%g", lbl, v.W)
	case Rect:
		return fmt.Sprintf("%s rect %gx%g", lbl, v.W, v.H)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{
		Circle{Named{"c1"}, 1.5},
		Rect{Named{"r1"}, 3, 4},
		NewSquare(2),
		Circle{Named{"tiny"}, 0.5},
	}
	sort.Sort(ByArea(shapes))
	var total float64
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-28s area=%7.3f perim=%7.3f\n", describe(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.4f\n", total)
	sq := NewSquare(3)
	fmt.Println(sq.Name, sq.Rect.Named.Name, sq.Label(), sq.Rect.Label())
	fmt.Printf("%+v\n", sq)
	var s Shape = sq
	_, isRect := s.(Rect)
	fmt.Println(isRect)
}
