package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
	Name() string
}

type Scalable interface {
	Shape
	Scale(f float64)
}

type BaseShape struct {
	name string
}

func (b BaseShape) Name() string { return b.name }

func (b BaseShape) Describe(s Shape) string {
	return fmt.Sprintf("%s(area=%.2f, perimeter=%.2f)", b.name, s.Area(), s.Perimeter())
}

type Circle struct {
	BaseShape
	Radius float64
}

func NewCircle(r float64) *Circle {
	return &Circle{BaseShape: BaseShape{name: "Circle"}, Radius: r}
}

func (c *Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }
func (c *Circle) Scale(f float64)    { c.Radius *= f }

type Rectangle struct {
	BaseShape
	Width, Height float64
}

func NewRectangle(w, h float64) *Rectangle {
	return &Rectangle{BaseShape{"Rectangle"}, w, h}
}

func (r *Rectangle) Area() float64      { return r.Width * r.Height }
func (r *Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }
func (r *Rectangle) Scale(f float64)    { r.Width *= f; r.Height *= f }

type Square struct {
	*Rectangle
}

func NewSquare(side float64) Square {
	r := NewRectangle(side, side)
	r.name = "Square"
	return Square{r}
}

type Triangle struct {
	BaseShape
	A, B, C float64
}

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func main() {
	shapes := []Shape{
		NewCircle(1.5),
		NewRectangle(3, 4),
		NewSquare(2),
		Triangle{BaseShape{"Triangle"}, 3, 4, 5},
	}
	for _, s := range shapes {
		fmt.Printf("%-10s %8.3f %8.3f %T\n", s.Name(), s.Area(), s.Perimeter(), s)
	}
	for _, s := range shapes {
		if sc, ok := s.(Scalable); ok {
			sc.Scale(2)
			fmt.Println("scaled", s.Name())
		} else {
			fmt.Println("not scalable:", s.Name())
		}
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		switch v := s.(type) {
		case *Circle:
			fmt.Println(v.Describe(v), "r =", v.Radius)
		case Square:
			fmt.Println(v.Describe(v), "side =", v.Width)
		case *Rectangle:
			fmt.Println(v.Describe(v))
		default:
			fmt.Printf("other %v\n", v)
		}
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area %.4f\n", total)
}
