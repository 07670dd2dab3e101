package main

import (
	"fmt"
	"math"
)

type person struct {
	name string
	age  int
	tags []string
}

func newPerson(name string) *person {
	p := person{name: name}
	p.age = 42
	return &p
}

type rect struct {
	width, height float64
}

func (r *rect) area() float64 {
	return r.width * r.height
}

func (r rect) perim() float64 {
	return 2*r.width + 2*r.height
}

func (r rect) diag() float64 { return math.Hypot(r.width, r.height) }

func (r *rect) grow(f float64) *rect {
	r.width *= f
	r.height *= f
	return r
}

func main() {
	fmt.Println(person{"Bob", 20, nil})
	fmt.Println(person{name: "Alice", age: 30})
	fmt.Println(person{name: "Fred"})
	fmt.Println(&person{name: "Ann", age: 40, tags: []string{"x"}})
	fmt.Println(newPerson("Jon"))

	s := person{name: "Sean", age: 50}
	fmt.Println(s.name)
	sp := &s
	fmt.Println(sp.age)
	sp.age = 51
	fmt.Println(sp.age)
	fmt.Printf("%+v\n%#v\n", s, s)

	dog := struct {
		name   string
		isGood bool
	}{"Rex", true}
	fmt.Println(dog)
	fmt.Printf("%T\n", dog)

	r := rect{width: 10, height: 5}
	fmt.Println("area: ", r.area())
	fmt.Println("perim:", r.perim())
	rp := &r
	fmt.Println("area: ", rp.area())
	fmt.Println("perim:", rp.perim())
	fmt.Printf("diag: %.3f\n", r.diag())
	fmt.Println(r.grow(2).grow(1.5).area(), r)

	area := (*rect).area
	perim := rect.perim
	fmt.Println(area(&r), perim(r))
	bound := r.perim
	r.width = 1
	fmt.Println(bound(), r.perim())

	people := []person{{name: "a", age: 3}, {name: "b", age: 1}}
	for i := range people {
		people[i].age++
	}
	fmt.Println(people, s.name == "Sean" && s.age == 51)
}
