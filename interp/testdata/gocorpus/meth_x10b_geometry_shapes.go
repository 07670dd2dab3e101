// Exercises: interface satisfaction by value and pointer types, interface holding a pointer mutated through it, comparisons of interface values, a slice of Shape with %T
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
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Grow(f float64)     { c.R *= f }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	c := &Circle{1}
	shapes := []Shape{Rect{3, 4}, c, NewSquare(2), Rect{1, 1}}
	c.Grow(2)
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-12T %8.3f %8.3f\n", s, s.Area(), s.Perimeter())
	}
	var s1, s2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(s1 == s2, s1 == Shape(Rect{2, 1}), shapes[3] == Shape(c))
	var empty Shape
	fmt.Println(empty == nil, s1 != nil)
	if g, ok := shapes[3].(interface{ Grow(float64) }); ok {
		g.Grow(0.5)
	}
	fmt.Printf("%.4f %v\n", c.Area(), *c)
	total := 0.0
	for _, s := range shapes {
		if sq, ok := s.(Square); ok {
			fmt.Println("square side", sq.W)
		}
		total += s.Area()
	}
	fmt.Printf("%.2f\n", total)
}
