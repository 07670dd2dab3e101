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

type Named struct{ Name string }

func (n Named) Label() string { return strings.ToUpper(n.Name[:1]) + n.Name[1:] }

type Circle struct {
	Named
	R float64
}

type Rect struct {
	Named
	W, H float64
}

type Square struct {
	Rect
}

func NewSquare(s float64) Square { return Square{Rect{Named{"square"}, s, s}} }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (s Square) Label() string      { return "Sq(" + s.Rect.Label() + ")" }

type Labeler interface{ Label() string }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Scaled struct {
	Shape
	K float64
}

func (s Scaled) Area() float64 { return s.Shape.Area() * s.K * s.K }

func main() {
	shapes := []Shape{
		Circle{Named{"circle"}, 1.5},
		Rect{Named{"rect"}, 3, 4},
		NewSquare(2),
		Scaled{Rect{Named{"tiny"}, 1, 1}, 0.5},
		&Circle{Named{"ptr circle"}, 0.5},
	}
	sort.Sort(byArea(shapes))
	total := 0.0
	for _, s := range shapes {
		label := "?"
		if l, ok := s.(Labeler); ok {
			label = l.Label()
		}
		total += s.Area()
		fmt.Printf("%-14s %-12T area=%7.3f perim=%7.3f\n", label, s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.4f\n", total)
	sq := NewSquare(3)
	fmt.Println(sq.Name, sq.W, sq.Rect.Named.Label(), sq.Label())
	var s Shape = sq
	_, isRect := s.(Rect)
	_, isSq := s.(Square)
	fmt.Println(isRect, isSq)
	fmt.Printf("%+v\n", shapes[0])
	fmt.Printf("%v\n", Circle{Named{"c"}, 2})
}
