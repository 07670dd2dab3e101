// Exercises: notebook style: package-level slice of interface values, helpers registering and summarizing
package main

import (
	"fmt"
	"math"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64   { return s.S * s.S }
func (c Circ) Area() float64 { return math.Pi * c.R * c.R }
func (s Sq) String() string  { return fmt.Sprintf("Sq(%g)", s.S) }

var shapes []Shape
var largest Shape

func register(s Shape) {
	shapes = append(shapes, s)
	if largest == nil || s.Area() > largest.Area() {
		largest = s
	}
}

func summary() {
	fmt.Println(shapes)
	fmt.Printf("largest: %v (%T) %.2f\n", largest, largest, largest.Area())
}

func main() {
	register(Sq{2})
	register(Circ{1})
	register(Sq{1.5})
	summary()
	register(Circ{3})
	summary()
}
