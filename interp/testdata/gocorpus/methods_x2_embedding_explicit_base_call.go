// Exercises: an embedded base type whose method is shadowed, calling the base version explicitly.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a Animal) Kind() string     { return "animal" }
func (a *Animal) Rename(n string) { a.Name = n }

type Bird struct {
	Animal
	CanFly bool
}

func (b Bird) Describe() string {
	return b.Animal.Describe() + fmt.Sprintf(" and canFly=%v", b.CanFly)
}

type Penguin struct {
	Bird
	Colony string
}

func main() {
	b := Bird{Animal{"sparrow", 2}, true}
	fmt.Println(b.Describe())
	fmt.Println(b.Kind(), b.Name, b.Legs)
	p := Penguin{Bird{Animal{"pingu", 2}, false}, "south"}
	fmt.Println(p.Describe())
	fmt.Println(p.Animal.Describe())
	p.Rename("pinga")
	fmt.Println(p.Name, p.Bird.Animal.Name)
	fmt.Printf("%+v\n", p)
	type Describer interface{ Describe() string }
	for _, d := range []Describer{b.Animal, b, p} {
		fmt.Println(" -", d.Describe())
	}
}
