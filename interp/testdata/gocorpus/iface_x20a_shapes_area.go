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

type Circle struct{ R float64 }
type Square struct{ Side float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (s Square) Area() float64      { return s.Side * s.Side }
func (s Square) Perimeter() float64 { return 4 * s.Side }
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) String() string { return fmt.Sprintf("Tri[%g %g %g]", t.A, t.B, t.C) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	case Square:
		return fmt.Sprintf("square side=%g", v.Side)
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return "unknown"
	}
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	shapes := []Shape{Circle{1}, Square{2}, Triangle{3, 4, 5}, Circle{0.5}, Square{1.5}}
	sort.Sort(byArea(shapes))
	var total float64
	for _, s := range shapes {
		fmt.Printf("%-22s area=%7.3f perim=%7.3f\n", describe(s), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.4f\n", total)
	largest := shapes[len(shapes)-1]
	if c, ok := largest.(Circle); ok {
		fmt.Println("largest is a circle", c.R)
	} else {
		fmt.Printf("largest is %T %v\n", largest, largest)
	}
	var s Shape
	fmt.Println(s == nil)
	s = Square{3}
	_, isStringer := s.(fmt.Stringer)
	fmt.Println(isStringer, s)
	counts := map[string]int{}
	for _, sh := range shapes {
		counts[fmt.Sprintf("%T", sh)]++
	}
	fmt.Println(counts)
}
