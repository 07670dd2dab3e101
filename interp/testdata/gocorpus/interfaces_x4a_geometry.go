// Exercises: interfaces: implicit implementation, a function over an interface, type assertion with comma-ok, interface holding pointer, nil interface vs nil pointer.
package main

import (
	"fmt"
	"math"
)

type geometry interface {
	area() float64
	perim() float64
}

type rect struct{ width, height float64 }
type circle struct{ radius float64 }

func (r rect) area() float64    { return r.width * r.height }
func (r rect) perim() float64   { return 2*r.width + 2*r.height }
func (c circle) area() float64  { return math.Pi * c.radius * c.radius }
func (c circle) perim() float64 { return 2 * math.Pi * c.radius }

func measure(g geometry) {
	fmt.Println(g)
	fmt.Printf("%.3f %.3f\n", g.area(), g.perim())
}

func detectCircle(g geometry) {
	if c, ok := g.(circle); ok {
		fmt.Println("circle with radius", c.radius)
	} else {
		fmt.Println("not a circle")
	}
}

type T struct{ S string }

func (t *T) M() string {
	if t == nil {
		return "<nil>"
	}
	return t.S
}

type I interface{ M() string }

func main() {
	r := rect{width: 3, height: 4}
	c := circle{radius: 5}
	measure(r)
	measure(c)
	detectCircle(r)
	var i I
	fmt.Println(i == nil)
	var t *T
	i = t
	fmt.Println(i == nil, i.M())
	i = &T{"hello"}
	fmt.Println(i.M())
	fmt.Printf("(%v, %T)\n", i, i)
}
