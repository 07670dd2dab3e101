package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	isShape()
	Area() float64
}

type sealed struct{}

func (sealed) isShape() {}

type Circle struct {
	sealed
	R float64
}
type Rect struct {
	sealed
	W, H float64
}
type Tri struct {
	sealed
	A, B, C float64
}
type Group struct {
	sealed
	Items []Shape
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }
func (t Tri) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (g Group) Area() float64 {
	total := 0.0
	for _, s := range g.Items {
		total += s.Area()
	}
	return total
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	case Rect:
		if v.W == v.H {
			return fmt.Sprintf("square %.1f", v.W)
		}
		return fmt.Sprintf("rect %.1fx%.1f", v.W, v.H)
	case Tri:
		return fmt.Sprintf("tri %v/%v/%v", v.A, v.B, v.C)
	case Group:
		return fmt.Sprintf("group of %d", len(v.Items))
	default:
		return "?"
	}
}

func count(s Shape, m map[string]int) {
	switch v := s.(type) {
	case Group:
		m["group"]++
		for _, it := range v.Items {
			count(it, m)
		}
	case Circle, Tri:
		m[fmt.Sprintf("%T", v)]++
	case Rect:
		m["main.Rect"]++
	}
}

func main() {
	shapes := []Shape{
		Circle{R: 1},
		Rect{W: 2, H: 3},
		Rect{W: 2, H: 2},
		Tri{A: 3, B: 4, C: 5},
		Group{Items: []Shape{Circle{R: 0.5}, Rect{W: 1, H: 1}, Group{Items: []Shape{Tri{A: 1, B: 1, C: 1}}}}},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-16s %8.3f\n", describe(s), s.Area())
	}
	m := map[string]int{}
	for _, s := range shapes {
		count(s, m)
	}
	fmt.Println(m)
	fmt.Printf("%v\n", shapes[0])
	fmt.Printf("%+v\n", Rect{W: 1, H: 2})
}
