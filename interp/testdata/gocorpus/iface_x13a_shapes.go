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

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) Name() string    { return "square" }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func (t Triangle) String() string { return fmt.Sprintf("Tri(%g,%g,%g)", t.A, t.B, t.C) }

func describe(s Shape) string {
	name := "shape"
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	switch v := s.(type) {
	case Circle:
		name += fmt.Sprintf("[r=%g]", v.R)
	case Square:
		name += fmt.Sprintf("[side=%g]", v.W)
	case fmt.Stringer:
		name += "[" + v.String() + "]"
	}
	return name
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Circle{1.5},
		Rect{3, 4},
		NewSquare(2),
		Triangle{3, 4, 5},
		&Rect{1, 1},
	}
	sort.Sort(ByArea(shapes))
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-22s area=%7.3f perim=%7.3f\n", describe(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("total area %.4f\n", total)
	var names []string
	for _, s := range shapes {
		names = append(names, fmt.Sprintf("%T", s))
	}
	fmt.Println(strings.Join(names, ", "))
	fmt.Println(shapes[len(shapes)-1])
	var sq Shape = NewSquare(3)
	_, isRect := sq.(Rect)
	fmt.Println("square is Rect?", isRect, "area", sq.Area())
}
