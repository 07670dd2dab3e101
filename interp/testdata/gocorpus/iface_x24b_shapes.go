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
	Shape
	Name() string
}

type base struct{ label string }

func (b base) Name() string { return b.label }

type Rect struct {
	base
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct {
	base
	R float64
}

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("Circle(%g)", c.R) }

type Square struct{ Rect }

func NewSquare(s float64) Square {
	return Square{Rect{base{"square"}, s, s}}
}

func (s Square) Name() string { return strings.ToUpper(s.Rect.Name()) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return "a square of side " + fmt.Sprint(v.W)
	case Rect:
		return fmt.Sprintf("a %gx%g rect", v.W, v.H)
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Named{
		Rect{base{"rect"}, 3, 4},
		&Circle{base{"circle"}, 1.5},
		NewSquare(2),
		Rect{base{"wide"}, 10, 0.5},
	}
	sort.Slice(shapes, func(i, j int) bool {
		return shapes[i].Area() < shapes[j].Area()
	})
	for _, s := range shapes {
		fmt.Printf("%-7s area=%7.3f perim=%7.3f  %s\n", s.Name(), s.Area(), s.Perimeter(), describe(s))
	}
	var total float64
	for _, s := range shapes {
		if _, ok := s.(interface{ String() string }); ok {
			continue
		}
		total += s.Area()
	}
	fmt.Printf("non-stringer area: %.2f\n", total)
	var sh Shape = shapes[0]
	if n, ok := sh.(Named); ok {
		fmt.Println("first is named", n.Name())
	}
	fmt.Printf("%v\n", shapes[1])
	fmt.Printf("%+v\n", shapes[0])
}
