// Exercises: fmt of slices, maps, arrays and struct fields of an interface the program declares with a String method, holding values, pointers and embedded String methods
package main

import "fmt"

type Layer interface{ String() string }

type Base struct{ name string }

func (b Base) String() string { return "layer " + b.name }

type ReLU struct{ Base }

type Dense struct {
	*Base
	in, out int
}

type Drop float64

func (d Drop) String() string { return fmt.Sprintf("drop(%.1f)", float64(d)) }

type Net struct {
	Layers []Layer
	Head   Layer
	ByName map[string]Layer
}

func main() {
	ls := []Layer{ReLU{Base{"relu"}}, Dense{&Base{"fc"}, 2, 3}, Drop(0.5), nil}
	fmt.Println(ls)
	fmt.Printf("%v|%s|%d\n", ls[:3], ls[:3], len(ls))
	n := Net{Layers: ls[:2], Head: Drop(0.1), ByName: map[string]Layer{"a": ReLU{Base{"x"}}, "b": Drop(0.2)}}
	fmt.Printf("%v\n%+v\n", n, n)
	arr := [2]Layer{Drop(1), ReLU{Base{"y"}}}
	fmt.Println(arr, len(arr))
	var head Layer = &Base{"ptr"}
	fmt.Println(head, []Layer{head})
}
