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

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}
func (c *Circle) Scale(f float64) { c.R *= f }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("square side %.1f", v.W)
	case Rect:
		return fmt.Sprintf("rect %.1fx%.1f", v.W, v.H)
	case *Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	default:
		return "unknown"
	}
}

func main() {
	c := &Circle{1}
	c.Scale(2.5)
	shapes := []Shape{Rect{3, 4}, c, NewSquare(2), Rect{W: 10, H: 0.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	var total float64
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-18s area=%7.3f perim=%7.3f %T\n", describe(s), s.Area(), s.Perimeter(), s)
	}
	fmt.Printf("total area: %.2f\n", total)
	fmt.Printf("%v %+v\n", NewSquare(3), NewSquare(3))
	fmt.Printf("%#v\n", Rect{1, 2})
}
