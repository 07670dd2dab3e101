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
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

type Square struct {
	Rect
	Name string
}

func NewSquare(side float64) Square { return Square{Rect{side, side}, "sq"} }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return "round " + v.String()
	case Square:
		return fmt.Sprintf("square side %g", v.W)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{
		Circle{1.5}, Rect{3, 4}, Triangle{3, 4, 5}, NewSquare(2), Circle{0.5},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-22s area=%7.3f perim=%7.3f\n", describe(s), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.4f\n", total)
	fmt.Println(shapes[0])
	var sh Shape = NewSquare(5)
	if str, ok := sh.(fmt.Stringer); ok {
		fmt.Println("stringer", str)
	} else {
		fmt.Println("not stringer:", sh)
	}
	fmt.Printf("%v %+v\n", shapes[1], shapes[2])
}
