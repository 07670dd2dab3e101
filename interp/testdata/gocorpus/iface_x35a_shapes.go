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

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("a circle of radius %.1f", v.R)
	case Rect:
		if v.W == v.H {
			return "a square"
		}
		return "a rectangle"
	default:
		return fmt.Sprintf("some %T", v)
	}
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1},
		Triangle{3, 4, 5},
		Rect{2, 2},
		Circle{2.5},
	}
	sort.Sort(byArea(shapes))
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-18v area=%7.3f perim=%7.3f  %s\n", s, s.Area(), s.Perimeter(), describe(s))
		total += s.Area()
	}
	fmt.Printf("total area %.2f\n", total)

	if st, ok := shapes[0].(fmt.Stringer); ok {
		fmt.Println("stringer:", st.String())
	} else {
		fmt.Printf("%T is not a Stringer\n", shapes[0])
	}
	var biggest Shape
	for _, s := range shapes {
		if biggest == nil || s.Area() > biggest.Area() {
			biggest = s
		}
	}
	fmt.Printf("biggest: %v (%T)\n", biggest, biggest)
	fmt.Printf("%+v\n", shapes)
}
