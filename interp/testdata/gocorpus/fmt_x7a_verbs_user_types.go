// Exercises: %v %+v %#v %T %q %x %d on user structs, named slices, named strings, pointers to structs, nested structs and maps
package main

import "fmt"

type Color string

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Origin Point
	Tags   []Color
	meta   map[string]int
}

type IDs []uint16

func main() {
	s := Shape{"tri", Point{1, -2}, []Color{"red", "blue"}, map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%#v\n", s.Origin)
	fmt.Printf("%#v\n", s.Tags)
	fmt.Printf("%T %T %T\n", s, &s, s.Tags)
	fmt.Printf("%q %x %X\n", Color("gr\"een"), Color("hi"), "hi")
	fmt.Printf("%v %d %x %#v\n", IDs{10, 255}, IDs{10, 255}, IDs{10, 255}, IDs{1})
	fmt.Printf("%v %+v\n", &s.Origin, &Point{3, 4})
	fmt.Printf("%#v\n", map[Color]Point{"a": {1, 2}})
	fmt.Printf("%8.3f|%-6d|%06d|%+d|%x\n", 3.14159, 42, 42, 42, -255)
	fmt.Printf("%v %s\n", []any{1, "a", nil, Point{}}, []string{"x", "y"})
	fmt.Printf("%5t|%-5t|%c|%U|%08b\n", true, false, 'G', 'G', 5)
	var np *Point
	fmt.Printf("%v %+v\n", np, []*Point{nil})
}
