// A failed single-value type assertion on an interface with methods,
// recovered and printed: Go's message names the interface, the dynamic
// type and the asserted one.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Sq float64

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (s Sq) Area() float64      { return float64(s * s) }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var s Shape = Rect{1, 2}
	try(func() { _ = s.(*Circle) })
	try(func() { c := s.(Sq); _ = c })
	s = &Circle{2}
	try(func() { fmt.Println(s.(Rect)) })
	try(func() { fmt.Println(s.(*Circle).R) })
	s = Sq(3)
	try(func() { fmt.Println(s.(Rect)) })
	try(func() { fmt.Println(s.(Sq)) })
}
