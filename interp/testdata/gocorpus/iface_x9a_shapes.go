// Exercises: over-engineered shapes: interfaces, embedding an interface, sort.Sort, type switch with an interface case, Stringer
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

type Named interface {
	Shape
	fmt.Stringer
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }
type Blob struct{ Mass float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (r Rect) String() string       { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }
func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Triangle) String() string     { return fmt.Sprintf("Triangle(%g,%g,%g)", t.A, t.B, t.C) }

type byArea []Named

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func kind(s any) string {
	switch v := s.(type) {
	case Circle:
		return "round r=" + fmt.Sprint(v.R)
	case Square:
		return "square"
	case Rect:
		return "rect"
	case *Triangle:
		return "tri"
	case Shape:
		return "some other shape"
	default:
		return fmt.Sprintf("not a shape: %T", v)
	}
}

func main() {
	shapes := byArea{Circle{1}, Rect{3, 4}, Square{Rect{2, 2}}, &Triangle{3, 4, 5}, Circle{0.5}}
	sort.Sort(shapes)
	for _, s := range shapes {
		fmt.Printf("%-18v area=%6.2f perim=%6.2f %s\n", s, s.Area(), s.Perimeter(), kind(s))
	}
	fmt.Println(shapes[0], []Named(shapes)[1:3], kind(Blob{3}), kind("x"))
}
