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

type base struct{ label string }

func (b base) Name() string { return b.label }

type Circle struct {
	base
	R float64
}

type Rect struct {
	base
	W, H float64
}

type Square struct {
	Rect
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }

func NewSquare(label string, s float64) Square {
	return Square{Rect{base{label}, s, s}}
}

func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

var registry = map[string]func(args ...float64) Shape{}

func register(kind string, f func(args ...float64) Shape) { registry[kind] = f }

func init() {
	register("circle", func(a ...float64) Shape { return Circle{base{"circle"}, a[0]} })
	register("rect", func(a ...float64) Shape { return Rect{base{"rect"}, a[0], a[1]} })
	register("square", func(a ...float64) Shape { return NewSquare("square", a[0]) })
}

func describe(s Shape) string {
	var b strings.Builder
	if n, ok := s.(Named); ok {
		b.WriteString(n.Name())
	}
	if st, ok := s.(fmt.Stringer); ok {
		b.WriteString(" " + st.String())
	}
	fmt.Fprintf(&b, " area=%.3f perim=%.3f", s.Area(), s.Perimeter())
	return b.String()
}

func main() {
	specs := []struct {
		kind string
		args []float64
	}{
		{"circle", []float64{1}},
		{"rect", []float64{2, 3.5}},
		{"square", []float64{4}},
		{"circle", []float64{0.5}},
	}
	var shapes []Shape
	for _, sp := range specs {
		shapes = append(shapes, registry[sp.kind](sp.args...))
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	for _, s := range shapes {
		switch v := s.(type) {
		case Square:
			fmt.Printf("%T side=%v %+v\n", v, v.W, v)
		case Rect:
			fmt.Printf("%T %v\n", v, v)
		case Circle:
			fmt.Printf("%T %#v\n", v, v)
		}
	}
	kinds := make([]string, 0)
	for k := range registry {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Println(kinds)
}
