// Exercises: nested structs, updating through pointers to nested fields, slices of structs
package main

import "fmt"

type Address struct{ City, Zip string }
type Person struct {
	Name string
	Addr Address
	Tags []string
}

func move(p *Person, city string) { p.Addr.City = city }

func main() {
	people := []Person{
		{Name: "Ann", Addr: Address{"Oslo", "0150"}},
		{Name: "Ben", Addr: Address{"Rome", "00100"}, Tags: []string{"x"}},
	}
	move(&people[0], "Bergen")
	q := people[1]
	q.Addr.City = "Milan"
	q.Tags[0] = "changed"
	fmt.Printf("%+v\n", people)
	fmt.Printf("%v\n", q)
}
