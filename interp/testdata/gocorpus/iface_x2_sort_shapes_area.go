// Exercises: sorting a slice of interface values by a method result and printing their dynamic types.
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
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64          { return r.W * r.H }
func (r Rect) Perimeter() float64     { return 2 * (r.W + r.H) }
func (c Circle) Area() float64        { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64   { return 2 * math.Pi * c.R }
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1.5}, Triangle{3, 4, 5}, Rect{1, 10}, Circle{0.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-10T %7.3f %7.3f %v\n", s, s.Area(), s.Perimeter(), s)
	}
	var largest Shape
	for _, s := range shapes {
		if largest == nil || s.Perimeter() > largest.Perimeter() {
			largest = s
		}
	}
	fmt.Printf("largest perimeter: %+v\n", largest)
	counts := map[string]int{}
	for _, s := range shapes {
		counts[fmt.Sprintf("%T", s)]++
	}
	fmt.Println(counts)
}
