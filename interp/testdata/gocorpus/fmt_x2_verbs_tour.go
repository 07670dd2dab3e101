// Exercises: the common fmt verbs %v %+v %#v %T on structs, slices, maps, pointers' targets and nil.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Center Point
	Tags   []string
	Attrs  map[string]int
	Parent *Shape
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v | %+v | %#v | %T\n", p, p, p, p)
	s := Shape{Name: "sq", Center: p, Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Printf("%#v\n", s.Tags)
	fmt.Printf("%#v\n", s.Attrs)
	fmt.Printf("%T %T %T %T\n", s.Tags, s.Attrs, &s, s.Parent)
	fmt.Printf("%v %+v\n", &p, &s.Center)
	var ip *int
	var e error
	var m map[string]bool
	var sl []int
	fmt.Printf("%v %v %v %v %#v %#v\n", ip, e, m, sl, sl, m)
	fmt.Printf("%d %x %o %b %c %U\n", 255, 255, 8, 5, 'G', 'G')
	fmt.Printf("%t %v %08.3f %+d %e\n", true, 1e6, 3.14159, 5, 123456.789)
	fmt.Printf("%#v %#v %#v %#v\n", "hi", 42, 1.0, []any{1, "a", nil})
	fmt.Printf("%v %d\n", [3]bool{true}, []int32{1, 2})
	fmt.Printf("%x %X % x\n", "hi!", []byte("hi!"), "hi!")
}
