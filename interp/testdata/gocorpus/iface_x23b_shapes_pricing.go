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
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (r Rect) String() string        { return fmt.Sprintf("rect %gx%g", r.W, r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("circle r=%g", c.R) }
func NewSquare(s float64) Square     { return Square{Rect{s, s}} }
func (s Square) String() string      { return fmt.Sprintf("square %g", s.W) }

type Material struct {
	Name     string
	PerSqM   int64
	EdgePerM int64
}

func quote(s Shape, m Material) int64 {
	return int64(math.Round(s.Area()*float64(m.PerSqM) + s.Perimeter()*float64(m.EdgePerM)))
}

func main() {
	shapes := []Named{Rect{2, 3}, &Circle{1}, NewSquare(1.5), Rect{0.5, 4}, &Circle{0.25}}
	mats := []Material{{"oak", 4500, 300}, {"glass", 8000, 1200}}
	sort.SliceStable(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		var parts []string
		for _, m := range mats {
			c := quote(s, m)
			parts = append(parts, fmt.Sprintf("%s=%d.%02d", m.Name, c/100, c%100))
		}
		kind := ""
		switch v := s.(type) {
		case Square:
			kind = fmt.Sprintf("sq(inner %v)", v.Rect)
		case Rect:
			kind = "rect"
		case *Circle:
			kind = "circ"
		}
		fmt.Printf("%-14v area=%6.3f %-10s %s\n", s, s.Area(), kind, strings.Join(parts, " "))
	}
	var sh Shape = NewSquare(2)
	_, isRect := sh.(Rect)
	_, isNamed := sh.(Named)
	fmt.Println(isRect, isNamed, sh)
	m := map[Shape]int{Rect{1, 1}: 1, NewSquare(1): 2}
	m[Rect{1, 1}]++
	fmt.Println(len(m), m[Rect{1, 1}], m[Square{Rect{1, 1}}])
}
