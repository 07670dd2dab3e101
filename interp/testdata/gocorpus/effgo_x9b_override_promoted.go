// Exercises: a type that overrides one promoted method of an embedded struct while others stay promoted; explicit call of the embedded method; interface dispatch sees the override; embedded methods do not call the override.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Sound() string    { return "..." }
func (a Animal) Describe() string { return a.Name + " says " + a.Sound() }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Speaker interface{ Sound() string }
type Describer interface{ Describe() string }

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Sound(), d.Animal.Sound())
	fmt.Println(d.Describe()) // Animal.Describe calls Animal.Sound, not Dog's
	d.Rename("max")
	fmt.Println(d.Name, d.Animal.Name)
	speakers := []Speaker{d, d.Animal, &d}
	for _, s := range speakers {
		fmt.Print(s.Sound(), " ")
	}
	fmt.Println()
	var ds Describer = d
	fmt.Println(ds.Describe())
	fmt.Printf("%v %+v\n", d, d)
}
