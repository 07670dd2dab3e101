// Exercises: struct field promotion depth - shallower field wins, ambiguous same-depth names need qualification, anonymous structs
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Meta struct {
	ID   string
	Tags []string
}

type Item struct {
	Base
	Meta
	Name string
}

func main() {
	it := Item{Base{1, "base"}, Meta{"m-1", []string{"x"}}, "item"}
	fmt.Println("outer field wins:", it.Name, it.Base.Name)
	fmt.Println("ambiguous ID qualified:", it.Base.ID, it.Meta.ID)
	fmt.Println("promoted unique field:", it.Tags)
	it.Tags = append(it.Tags, "y")
	fmt.Println("modified through promotion:", it.Meta.Tags)
	pt := struct {
		X, Y int
	}{1, 2}
	type Named struct{ X, Y int }
	n := Named(pt)
	fmt.Println("anonymous to named conversion:", n, pt == struct{ X, Y int }(n))
	fmt.Printf("%+v\n", it)
}
