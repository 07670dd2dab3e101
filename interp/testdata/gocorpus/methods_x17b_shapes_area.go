package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Composite struct {
	Name  string
	Parts []Shape
}

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) String() string   { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func (t Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) String() string { return fmt.Sprintf("Tri(%g,%g,%g)", t.A, t.B, t.C) }

func (c *Composite) Area() float64 {
	total := 0.0
	for _, p := range c.Parts {
		total += p.Area()
	}
	return total
}

func (c *Composite) String() string {
	names := make([]string, len(c.Parts))
	for i, p := range c.Parts {
		names[i] = p.String()
	}
	return c.Name + "{" + strings.Join(names, "+") + "}"
}

func (c *Composite) Add(s ...Shape) *Composite {
	c.Parts = append(c.Parts, s...)
	return c
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	house := (&Composite{Name: "house"}).Add(Rect{4, 3}, Triangle{4, 2.5, 2.5})
	shapes := []Shape{Circle{1}, Rect{2, 5}, Triangle{3, 4, 5}, house, Circle{0.5}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-32v %8.3f\n", s, s.Area())
	}
	fmt.Println(shapes)
	largest := shapes[len(shapes)-1]
	if c, ok := largest.(*Composite); ok {
		fmt.Println("largest is composite with", len(c.Parts), "parts")
	}
	counts := map[string]int{}
	for _, s := range shapes {
		counts[strings.TrimPrefix(fmt.Sprintf("%T", s), "main.")]++
	}
	fmt.Println(counts)
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)
	fmt.Printf("%v %+v %#v\n", Rect{1, 2}, Circle{3}, Triangle{1, 1, 1})
}
