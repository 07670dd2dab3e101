// Exercises: printing a slice and a map of interface values whose elements implement String.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64   { return s.Side * s.Side }
func (s Square) String() string  { return fmt.Sprintf("Square(%g)", s.Side) }
func (c *Circle) Area() float64  { return math.Pi * c.R * c.R }
func (c *Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

func main() {
	shapes := []Shape{Square{2}, &Circle{1}, Square{0.5}}
	fmt.Println(shapes)
	fmt.Printf("%v\n", shapes[1])
	fmt.Printf("%s|%d\n", shapes[0], len(shapes))
	byName := map[string]Shape{"big": Square{10}, "round": &Circle{2}}
	fmt.Println(byName)
	for _, s := range shapes {
		fmt.Printf("%-14v %8.3f\n", s, s.Area())
	}
	fmt.Println(Square{3}, &Circle{3})
	fmt.Printf("%+v %v\n", struct{ S Shape }{Square{1}}, []any{Square{4}, 5})
}
