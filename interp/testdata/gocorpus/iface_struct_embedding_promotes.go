// Exercises: embedding a struct promotes methods that satisfy an interface.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }

type Dog struct {
	Animal
	Breed string
}

type Cat struct{ Animal }

func (c Cat) Speak() string { return c.Name + " meows" }

func main() {
	speakers := []Speaker{
		Dog{Animal{"Rex"}, "lab"},
		Cat{Animal{"Tom"}},
		Animal{"Generic"},
	}
	for _, s := range speakers {
		fmt.Println(s.Speak())
	}
	c := Cat{Animal{"Kit"}}
	fmt.Println(c.Animal.Speak())
}
