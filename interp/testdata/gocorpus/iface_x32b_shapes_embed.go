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

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Circle struct {
	base
	R float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Rect struct {
	base
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct {
	Rect
}

func NewSquare(s float64) Square {
	return Square{Rect{base{"square"}, s, s}}
}

func (s Square) Name() string { return "SQUARE(" + s.Rect.Name() + ")" }

type Triangle struct {
	A, B, C float64
}

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Triangle) Name() string       { return "triangle" }

func describe(s Shape) string {
	var sb strings.Builder
	if n, ok := s.(Named); ok {
		sb.WriteString(n.Name())
	} else {
		sb.WriteString("anon")
	}
	fmt.Fprintf(&sb, " area=%.2f perim=%.2f", s.Area(), s.Perimeter())
	switch v := s.(type) {
	case Circle:
		fmt.Fprintf(&sb, " r=%g", v.R)
	case Square:
		fmt.Fprintf(&sb, " side=%g", v.W)
	case Rect:
		fmt.Fprintf(&sb, " %gx%g", v.W, v.H)
	case *Triangle:
		fmt.Fprintf(&sb, " sides=%v", *v)
	}
	return sb.String()
}

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Circle{base{"circle"}, 1.5},
		Rect{base{"rect"}, 3, 2},
		NewSquare(2.5),
		&Triangle{3, 4, 5},
	}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)

	var ns NamedShape = NewSquare(1)
	fmt.Printf("%T %v\n", ns, ns)
	fmt.Println(ns.Name(), ns.(Square).Rect.Name())

	var s Shape
	fmt.Println(s == nil)
	var tp *Triangle
	s = tp
	fmt.Println(s == nil, s != nil)

	_, isRect := Shape(NewSquare(3)).(Rect)
	fmt.Println("square is Rect?", isRect)
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Perimeter() > shapes[j].Perimeter() })
	for _, s := range shapes {
		fmt.Printf("%-8T %.2f\n", s, s.Perimeter())
	}
}
