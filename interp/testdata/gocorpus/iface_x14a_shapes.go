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

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (r Rect) Name() string         { return "rect" }
func (s Square) Name() string       { return "square" }
func NewSquare(side float64) Square { return Square{Rect{side, side}} }

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func describe(s Shape) string {
	name := fmt.Sprintf("%T", s)
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	return fmt.Sprintf("%-14s area=%7.2f perim=%6.2f", name, s.Area(), s.Perimeter())
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}, NewSquare(2), &Triangle{3, 4, 5}, Circle{0.5}, Rect{W: 10, H: 0.1}}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	total := 0.0
	counts := map[string]int{}
	for _, s := range shapes {
		total += s.Area()
		switch v := s.(type) {
		case Circle:
			counts["circle"]++
			_ = v.R
		case Square:
			counts["square"]++
		case Rect:
			counts["rect"]++
		default:
			counts[strings.TrimPrefix(fmt.Sprintf("%T", v), "*main.")]++
		}
	}
	fmt.Printf("total %.3f %v\n", total, counts)
	var sq Shape = NewSquare(3)
	_, isRect := sq.(Rect)
	fmt.Println(isRect, sq.(Square).W, sq.(Named).Name(), sq)
	fmt.Printf("%v %+v\n", shapes[0], shapes[len(shapes)-1])
}
