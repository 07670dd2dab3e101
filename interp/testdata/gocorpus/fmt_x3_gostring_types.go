// Exercises: %#v of maps, slices, named types, pointers, interfaces holding structs
package main

import "fmt"

type Color int
type Tags []string

type Item struct {
	ID   int
	Tags Tags
	Col  Color
}

func main() {
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", []float64{1, 2.5})
	fmt.Printf("%#v\n", Color(3))
	fmt.Printf("%#v\n", Item{1, Tags{"x"}, 2})
	var v any = Item{ID: 9}
	fmt.Printf("%#v\n", v)
	fmt.Printf("%#v %#v\n", "s", 'r')
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%T %T\n", Tags{}, map[Color][]Item{})
}
