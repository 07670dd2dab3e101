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

type Rect struct {
	W, H float64
}

type Circle struct {
	R float64
}

type Triangle struct {
	A, B, C float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		if v.W == v.H {
			return "a square"
		}
		return "a rectangle"
	case Circle:
		return fmt.Sprintf("a circle of radius %g", v.R)
	default:
		return fmt.Sprintf("some %T", v)
	}
}

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1},
		Triangle{3, 4, 5},
		Rect{2, 2},
		Circle{0.5},
	}
	for _, s := range shapes {
		fmt.Printf("%-22s area=%7.3f perim=%7.3f  %s\n", fmt.Sprint(s), s.Area(), s.Perimeter(), describe(s))
	}

	sort.Sort(byArea(shapes))
	fmt.Println("sorted by area:")
	for _, s := range shapes {
		fmt.Printf("  %T %.2f\n", s, s.Area())
	}

	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area: %.4f\n", total)

	// checking for an optional interface
	for _, s := range shapes {
		if str, ok := s.(fmt.Stringer); ok {
			fmt.Println("stringer:", str.String())
		}
	}

	var empty Shape
	fmt.Println("nil shape:", empty == nil, empty)
	empty = Circle{2}
	_, isRect := empty.(Rect)
	fmt.Println("is rect:", isRect)
	fmt.Printf("%v %+v %#v\n", empty, empty, empty)
}
