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

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (r Rect) String() string { return fmt.Sprintf("Rect<%gx%g>", r.W, r.H) }

type Named struct {
	Shape
	Name string
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	case Rect:
		if v.W == v.H {
			return "square " + v.String()
		}
		return "rect " + v.String()
	case Named:
		return "named(" + v.Name + ") " + describe(v.Shape)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Circle{1},
		Rect{3, 4},
		Triangle{3, 4, 5},
		Rect{2, 2},
		Named{Circle{0.5}, "dot"},
	}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-28s area=%7.3f perim=%7.3f\n", describe(s), s.Area(), s.Perimeter())
	}
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)
	fmt.Printf("%v | %+v | %#v\n", shapes[0], shapes[1], shapes[2])
	var sb strings.Builder
	for _, s := range shapes {
		if st, ok := s.(fmt.Stringer); ok {
			sb.WriteString(st.String() + ";")
		}
	}
	fmt.Println(sb.String())
	var sh Shape
	fmt.Println(sh == nil)
	sh = Named{Name: "empty"}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(sh.Area())
}
