// Exercises: fmt %v %+v %#v %T of structs holding slices, nil pointers, nested structs, arrays and embedded fields
package main

import "fmt"

type Shape struct{ Rows, Cols int }

type Param struct {
	Name  string
	Data  []float64
	Grad  []float64
	Shape Shape
	Next  *Param
}

type Layer struct {
	Param
	Bias   [2]float64
	frozen bool
	Tags   []string
}

func main() {
	p := Param{Name: "W", Data: []float64{0.5, -1}, Shape: Shape{1, 2}}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%#v\n", p.Shape)
	l := Layer{Param: p, Bias: [2]float64{0.1, 0}, Tags: []string{"fc1"}}
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Printf("%T %T %T\n", l, l.Param, &l.Shape)
	fmt.Println(l.Name, l.Shape.Rows, l.frozen, l.Grad == nil, len(l.Grad))
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)
	fmt.Printf("%v\n", []Param{{Name: "a"}, {Name: "b", Data: []float64{1}}})
	fmt.Printf("%v %d %s\n", []*Param{nil}, Shape{3, 4}, []string{"x", "y"})
	fmt.Printf("%q %x %08.3f|%-6d|%6s|\n", "relu", 255, 3.14159, 42, "ok")
}
