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

type Circle struct {
	Radius float64
}

type Rectangle struct {
	Width, Height float64
}

type Square struct {
	Rectangle
}

type Triangle struct {
	A, B, C float64
}

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.Radius) }

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }

func NewSquare(side float64) Square {
	return Square{Rectangle{side, side}}
}

func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.Width) }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("a circle with diameter %.1f", 2*v.Radius)
	case Square:
		return fmt.Sprintf("a square with side %.1f", v.Width)
	case Rectangle:
		return fmt.Sprintf("a %.1f by %.1f rectangle", v.Width, v.Height)
	default:
		return fmt.Sprintf("some %T", v)
	}
}

func totalArea(shapes ...Shape) float64 {
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	return total
}

func main() {
	shapes := []Shape{
		Circle{2},
		Rectangle{3, 4},
		NewSquare(2.5),
		Triangle{3, 4, 5},
		Circle{0.5},
	}
	for _, s := range shapes {
		fmt.Printf("%-14v area=%7.3f perimeter=%7.3f  %s\n", s, s.Area(), s.Perimeter(), describe(s))
	}
	sort.Sort(ByArea(shapes))
	fmt.Println("sorted by area:")
	for i, s := range shapes {
		fmt.Printf("  %d. %T %v\n", i+1, s, s)
	}
	fmt.Printf("total area: %.4f\n", totalArea(shapes...))

	var biggest Shape
	for _, s := range shapes {
		if biggest == nil || s.Perimeter() > biggest.Perimeter() {
			biggest = s
		}
	}
	fmt.Printf("largest perimeter: %+v\n", biggest)

	if st, ok := biggest.(fmt.Stringer); ok {
		fmt.Println("stringer:", st.String())
	} else {
		fmt.Println("not a stringer")
	}
	sq := NewSquare(1)
	fmt.Printf("%v %+v %#v\n", sq, sq.Rectangle, sq)
}
