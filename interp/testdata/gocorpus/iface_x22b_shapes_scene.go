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

func (n Named) Label() string { return "<" + n.Name + ">" }

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

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }

func NewSquare(name string, side float64) Square {
	return Square{Rect{Named{name}, side, side}}
}

const scene = `circle c1 1.5
rect r1 2 3
square s1 2
circle c2 0.5
rect r2 10 0.1
square s2 3`

func parse(line string) (Shape, error) {
	f := strings.Fields(line)
	var vals []float64
	for _, s := range f[2:] {
		var v float64
		if _, err := fmt.Sscan(s, &v); err != nil {
			return nil, err
		}
		vals = append(vals, v)
	}
	switch f[0] {
	case "circle":
		return Circle{Named{f[1]}, vals[0]}, nil
	case "rect":
		return Rect{Named{f[1]}, vals[0], vals[1]}, nil
	case "square":
		return NewSquare(f[1], vals[0]), nil
	}
	return nil, fmt.Errorf("unknown shape %q", f[0])
}

func main() {
	var shapes []Shape
	for _, l := range strings.Split(scene, "\n") {
		s, err := parse(l)
		if err != nil {
			fmt.Println(err)
			continue
		}
		shapes = append(shapes, s)
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		label := "?"
		if l, ok := s.(interface{ Label() string }); ok {
			label = l.Label()
		}
		kind := ""
		switch v := s.(type) {
		case Circle:
			kind = fmt.Sprintf("circle r=%g", v.R)
		case Square:
			kind = v.String()
		case Rect:
			kind = fmt.Sprintf("rect %gx%g", v.W, v.H)
		}
		_, isStringer := s.(fmt.Stringer)
		fmt.Printf("%-6s %-14s area=%7.3f perim=%7.3f stringer=%t\n", label, kind, s.Area(), s.Perimeter(), isStringer)
	}
	fmt.Printf("total area %.4f\n", total)
	fmt.Println(shapes[2])
	_, err := parse("hexagon h 1")
	fmt.Println(err)
}
