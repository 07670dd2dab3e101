// Exercises: embedded types with field promotion, name conflicts resolved by depth.
package main

import "fmt"

type Named struct{ Name string }
type Aged struct{ Age int }
type Tagged struct {
	Name string
	Tags []string
}

type Person struct {
	Named
	Aged
	Email string
}

type Record struct {
	Person
	Tagged
}

func main() {
	p := Person{Named{"ann"}, Aged{30}, "a@x"}
	fmt.Println(p.Name, p.Age, p.Email)
	p.Age++
	fmt.Printf("%+v\n", p)
	r := Record{p, Tagged{"tagged-name", []string{"x"}}}
	fmt.Println(r.Person.Name, r.Tagged.Name, r.Age, r.Tags)
}
