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

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Rect struct {
	Named
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct {
	Rect
}

func NewSquare(name string, s float64) Square {
	return Square{Rect{Named{name}, s, s}}
}

func (s Square) Label() string { return "[]" + s.Rect.Label() }

type labeler interface{ Label() string }

func describe(s Shape) string {
	var b strings.Builder
	if l, ok := s.(labeler); ok {
		b.WriteString(l.Label())
		b.WriteString(" ")
	}
	switch v := s.(type) {
	case Circle:
		fmt.Fprintf(&b, "circle r=%.1f", v.R)
	case Square:
		fmt.Fprintf(&b, "square side=%.1f", v.W)
	case Rect:
		fmt.Fprintf(&b, "rect %.1fx%.1f", v.W, v.H)
	default:
		b.WriteString("unknown")
	}
	fmt.Fprintf(&b, " area=%.2f perim=%.2f", s.Area(), s.Perimeter())
	return b.String()
}

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Circle{Named{"c1"}, 2},
		Rect{Named{"r1"}, 3, 4},
		NewSquare("s1", 3),
		Circle{Named{"tiny"}, 0.5},
	}
	sort.Sort(byArea(shapes))
	total := 0.0
	for _, s := range shapes {
		fmt.Println(describe(s))
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)
	sq := NewSquare("s2", 2)
	fmt.Println(sq.Name, sq.Label(), sq.Rect.Label(), sq.Named.Label())
	fmt.Printf("%+v\n", sq)
}
