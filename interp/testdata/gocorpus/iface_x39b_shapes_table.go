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
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type Scaler interface{ Scale(float64) }

func describe(s Shape) string {
	name := fmt.Sprintf("%T", s)
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	return fmt.Sprintf("%-14s area=%8.3f perim=%7.3f", name, s.Area(), s.Perimeter())
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	shapes := []Shape{
		Circle{1}, Rect{3, 4}, Triangle{3, 4, 5}, &Rect{1, 1}, Circle{0.5},
	}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(3)
			fmt.Printf("scaled %v\n", s)
		}
	}
	sort.Sort(byArea(shapes))
	for i, s := range shapes {
		switch v := s.(type) {
		case Circle:
			fmt.Println(i, "circle r", v.R)
		case *Rect:
			fmt.Println(i, "rect ptr", *v)
		case Rect, Triangle:
			fmt.Printf("%d value %+v\n", i, v)
		}
	}
	tests := []struct {
		s    Shape
		want float64
	}{
		{Rect{2, 5}, 10},
		{Triangle{5, 5, 6}, 12},
		{Circle{2}, 12.566},
	}
	for _, tt := range tests {
		got := tt.s.Area()
		ok := math.Abs(got-tt.want) < 1e-3
		fmt.Printf("%#v: got %.4f want %v ok=%t\n", tt.s, got, tt.want, ok)
	}
	var s Shape
	fmt.Println(s == nil, fmt.Sprintf("%v %T", s, s))
}
