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
	Shape
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string       { return "circle" }
func (c *Circle) Scale(f float64)    { c.R *= f }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) Name() string    { return "square" }

type ByArea []Named

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Tile struct {
	Shape Named
	Cost  float64 // per square unit
}

func (t Tile) Price() float64 { return math.Round(t.Shape.Area()*t.Cost*100) / 100 }

func main() {
	c := &Circle{1.5}
	shapes := []Named{Rect{3, 4}, c, NewSquare(2), Rect{W: 1, H: 10}}
	c.Scale(2)
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-7s area=%7.3f perim=%7.3f\n", s.Name(), s.Area(), s.Perimeter())
	}
	area := Shape.Area
	perim := (*Circle).Perimeter
	fmt.Printf("%.2f %.2f\n", area(Rect{2, 5}), perim(&Circle{1}))
	scale := c.Scale
	scale(0.5)
	fmt.Printf("circle r=%.2f\n", c.R)

	tiles := []Tile{{NewSquare(3), 2.5}, {c, 1.2}, {Rect{2, 7}, 0.8}}
	var sb strings.Builder
	total := 0.0
	for i, t := range tiles {
		p := t.Price()
		total += p
		fmt.Fprintf(&sb, "%d %-6s %8.2f\n", i+1, t.Shape.Name(), p)
	}
	sb.WriteString(fmt.Sprintf("  total  %8.2f", total))
	fmt.Println(sb.String())

	sq := NewSquare(4)
	fmt.Println(sq.Name(), sq.Rect.Name(), sq.Area(), sq == Square{Rect{4, 4}})
	fmt.Printf("%v %+v %#v\n", sq, sq, sq)
	var s Shape = c
	if n, ok := s.(Named); ok {
		fmt.Println("named:", n.Name())
	}
	if _, ok := s.(interface{ Scale(float64) }); ok {
		fmt.Println("scalable")
	}
	fmt.Printf("%T %T\n", s, shapes[0])
}
