package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) String() string { return "animal " + a.Name }

type Dog struct {
	Animal
	Breed string
}

type Cat struct {
	*Animal
	Lives int
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d, &d, []Dog{d})
	fmt.Printf("%v %+v %s\n", d, d, d)
	c := Cat{&Animal{"tom"}, 9}
	fmt.Println(c, []any{c, d})
}
