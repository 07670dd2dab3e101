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
func (Square) Name() string      { return "square" }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	name := "shape"
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	switch v := s.(type) {
	case Circle:
		name += fmt.Sprintf("(r=%g)", v.R)
	case Square:
		name += fmt.Sprintf("(s=%g)", v.W)
	case Rect:
		name += fmt.Sprintf("(%gx%g)", v.W, v.H)
	default:
		name += fmt.Sprintf("%v", v)
	}
	return name
}

func almost(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}, NewSquare(2), Triangle{3, 4, 5}, Circle{0.5}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-14s area=%7.3f perim=%7.3f %T\n", describe(s), s.Area(), s.Perimeter(), s)
	}
	checks := []struct {
		s    Shape
		area float64
	}{
		{Rect{2, 5}, 10}, {NewSquare(3), 9}, {Triangle{3, 4, 5}, 6}, {Circle{2}, 4 * math.Pi},
	}
	var b strings.Builder
	for _, c := range checks {
		if almost(c.s.Area(), c.area) {
			b.WriteString("PASS ")
		} else {
			b.WriteString("FAIL ")
		}
	}
	fmt.Println(b.String())
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.4f, sorted=%v\n", total, sort.IsSorted(byArea(shapes)))
	fmt.Printf("%v %+v\n", shapes[2], NewSquare(1))
}
