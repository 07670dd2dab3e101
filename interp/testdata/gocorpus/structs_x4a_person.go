// Exercises: structs: literals with and without names, constructor returning a pointer, anonymous structs, struct comparison, %v/%+v/%#v formatting.
package main

import "fmt"

type person struct {
	name string
	age  int
}

func newPerson(name string) *person {
	p := person{name: name}
	p.age = 42
	return &p
}

type Vertex struct {
	X, Y int
}

func main() {
	fmt.Println(person{"Bob", 20})
	fmt.Println(person{name: "Alice", age: 30})
	fmt.Println(person{name: "Fred"})
	fmt.Println(&person{name: "Ann", age: 40})
	fmt.Println(newPerson("Jon"))
	s := person{name: "Sean", age: 50}
	fmt.Println(s.name)
	sp := &s
	fmt.Println(sp.age)
	sp.age = 51
	fmt.Println(sp.age, s.age)
	dog := struct {
		name   string
		isGood bool
	}{"Rex", true}
	fmt.Println(dog)
	v := Vertex{1, 2}
	fmt.Printf("%v %+v %#v %T\n", v, v, v, v)
	fmt.Println(v == Vertex{1, 2}, v == Vertex{2, 1})
	fmt.Printf("%+v\n", s)
	var zero Vertex
	fmt.Println(zero, Vertex{Y: 5})
	points := map[Vertex]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(points[Vertex{1, 2}], points[Vertex{}])
}
