package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ name string }

func (n Named) Name() string     { return n.name }
func (n Named) Describe() string { return "shape " + n.name }

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

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (s Square) Describe() string   { return "a square called " + s.name }

func NewSquare(side float64) Square {
	return Square{Rect{Named{"sq"}, side, side}}
}

type describer interface{ Describe() string }

func kind(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	case Square:
		return fmt.Sprintf("square side=%.1f", v.W)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	default:
		return "?"
	}
}

func main() {
	shapes := []Shape{
		Circle{Named{"c1"}, 1.5},
		Rect{Named{"r1"}, 2, 3},
		NewSquare(4),
		Circle{Named{"c2"}, 0.5},
	}
	slices.SortFunc(shapes, func(a, b Shape) int {
		if a.Area() < b.Area() {
			return -1
		}
		if a.Area() > b.Area() {
			return 1
		}
		return 0
	})
	var sb strings.Builder
	total := 0.0
	for i, s := range shapes {
		total += s.Area()
		fmt.Fprintf(&sb, "%d. %-18s area=%7.3f perim=%7.3f", i+1, kind(s), s.Area(), s.Perimeter())
		if d, ok := s.(describer); ok {
			sb.WriteString(" | " + d.Describe())
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	fmt.Printf("total area %.4f\n", total)
	fmt.Printf("%v\n", shapes[0])
	fmt.Printf("%+v\n", shapes[len(shapes)-1])
}
