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
	Width, Height float64
}

type Circle struct {
	Radius float64
}

type Triangle struct {
	A, B, C float64
}

func (r Rect) Area() float64      { return r.Width * r.Height }
func (r Rect) Perimeter() float64 { return 2 * (r.Width + r.Height) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.Width, r.Height) }

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.Radius) }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func totalArea(shapes ...Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		if v.Width == v.Height {
			return "a square"
		}
		return "a rectangle"
	case Circle:
		return "a circle"
	default:
		return fmt.Sprintf("some %T", v)
	}
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1.5},
		Triangle{3, 4, 5},
		Rect{2, 2},
		Circle{0.5},
	}
	for i, s := range shapes {
		fmt.Printf("%d: %-14v area=%7.3f perim=%7.3f (%s)\n", i, s, s.Area(), s.Perimeter(), describe(s))
	}
	sort.Sort(byArea(shapes))
	fmt.Println("sorted by area:")
	for _, s := range shapes {
		fmt.Printf("  %v -> %.2f\n", s, s.Area())
	}
	fmt.Printf("total area: %.4f\n", totalArea(shapes...))
	fmt.Printf("%+v\n", shapes[len(shapes)-1])
	fmt.Printf("%#v\n", Triangle{3, 4, 5})
	if _, ok := shapes[0].(fmt.Stringer); ok {
		fmt.Println("smallest is a Stringer")
	}
}
