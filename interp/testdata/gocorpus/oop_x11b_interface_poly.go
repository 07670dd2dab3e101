// Exercises: interface polymorphism with a slice of shapes sorted by area, interface holding pointer vs value, method sets, interface conversion between interfaces
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

type Scaler interface{ Scale(k float64) }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Tri struct{ A, B, C float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (r *Rect) Scale(k float64)     { r.W *= k; r.H *= k }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (t Tri) Perimeter() float64    { return t.A + t.B + t.C }
func (t Tri) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Tri{3, 4, 5}, &Rect{1, 1}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-14T area=%6.3f perim=%6.3f\n", s, s.Area(), s.Perimeter())
	}
	scaled := 0
	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(10)
			scaled++
		}
	}
	fmt.Println(scaled, shapes[0].Area())
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("%.4f\n", total)
}
