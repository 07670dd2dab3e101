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

type Named struct {
	Name string
}

func (n Named) Label() string { return strings.ToUpper(n.Name[:1]) + n.Name[1:] }

type Circle struct {
	Named
	R float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Rect struct {
	Named
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct {
	Rect
}

func NewSquare(name string, s float64) Square {
	return Square{Rect{Named{name}, s, s}}
}

func (s Square) String() string {
	return fmt.Sprintf("Square(%s, side=%.1f)", s.Name, s.W)
}

type Triangle struct {
	Named
	A, B, C float64
}

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type labeler interface{ Label() string }

func describe(s Shape) string {
	kind := fmt.Sprintf("%T", s)
	name := "?"
	if l, ok := s.(labeler); ok {
		name = l.Label()
	}
	return fmt.Sprintf("%-16s %-8s area=%8.3f perim=%7.2f", kind, name, s.Area(), s.Perimeter())
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	shapes := []Shape{
		Circle{Named{"wheel"}, 1.5},
		Rect{Named{"door"}, 0.9, 2.1},
		NewSquare("tile", 0.3),
		&Triangle{Named{"sail"}, 3, 4, 5},
		Circle{Named{"coin"}, 0.12},
	}
	sort.Sort(byArea(shapes))
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("%d. %s\n", i+1, describe(s))
		total += s.Area()
	}
	fmt.Printf("total area: %.4f\n", total)
	for _, s := range shapes {
		switch v := s.(type) {
		case fmt.Stringer:
			fmt.Println("stringer:", v)
		case *Triangle:
			fmt.Println("triangle sides:", v.A, v.B, v.C)
		case Circle:
			fmt.Printf("circle %+v\n", v)
		default:
			fmt.Printf("other %v\n", v)
		}
	}
	sq := NewSquare("x", 2)
	var sh Shape = sq
	fmt.Println(sh.Area(), sq.Rect.Area(), sq.Label(), sq.Named.Name)
}
