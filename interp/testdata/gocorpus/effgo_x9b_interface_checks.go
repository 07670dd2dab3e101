// Exercises: compile-time interface checks (var _ Shape = (*Circle)(nil), var _ Shape = Rect{}), value vs pointer method sets, a nil *Circle inside an interface, sorting shapes by area.
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

func (c *Circle) Area() float64 {
	if c == nil {
		return 0
	}
	return math.Pi * c.R * c.R
}
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

var (
	_ Shape = (*Circle)(nil)
	_ Shape = Rect{}
	_ Shape = (*Rect)(nil) // pointer method set includes value methods
)

func main() {
	shapes := []Shape{&Circle{1}, Rect{2, 3}, &Rect{1, 1}, &Circle{0.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	var nc *Circle
	var s Shape = nc
	fmt.Println(s != nil, s.Area(), nc == nil)
	_, isPtr := shapes[0].(*Rect)
	_, isVal := shapes[0].(Rect)
	fmt.Println(isPtr, isVal)
	var total float64
	for _, s := range shapes {
		if c, ok := s.(*Circle); ok {
			total += c.R
		}
	}
	fmt.Printf("%.2f\n", total)
}
