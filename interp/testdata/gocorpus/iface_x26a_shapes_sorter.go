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
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) String() string  { return fmt.Sprintf("Square(%g)", s.W) }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("Circle(%g)", c.R) }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func describe(s Shape) string {
	name := "?"
	switch v := s.(type) {
	case Named:
		name = v.String()
	case Triangle:
		name = fmt.Sprintf("Triangle%v", []float64{v.A, v.B, v.C})
	}
	return fmt.Sprintf("%-18s area=%8.3f perim=%7.3f", name, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{
		Rect{3, 4}, &Circle{1}, NewSquare(2.5), Triangle{3, 4, 5}, &Circle{0.5}, Rect{10, 0.1},
	}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	total := 0.0
	counts := map[string]int{}
	for _, s := range shapes {
		total += s.Area()
		counts[strings.TrimPrefix(fmt.Sprintf("%T", s), "*main.")]++
	}
	fmt.Printf("total area %.4f\n", total)
	fmt.Println(counts)
	var sq Shape = NewSquare(1)
	_, isRect := sq.(Rect)
	_, isNamed := sq.(Named)
	fmt.Println(isRect, isNamed, sq)
	sort.Sort(sort.Reverse(byArea(shapes)))
	fmt.Println(shapes[0], shapes[len(shapes)-1])
}
