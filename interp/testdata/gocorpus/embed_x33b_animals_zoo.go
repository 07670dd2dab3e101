package main

import (
	"fmt"
	"sort"
	"strings"
)

type Speaker interface {
	Speak() string
}

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a Animal) Speak() string { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return "Woof" }

type Cat struct {
	Animal
	Indoor bool
}

func (c Cat) Speak() string { return "Meow" }

type Bird struct {
	*Animal
	CanFly bool
}

type Zoo struct {
	Name    string
	animals map[string][]Speaker
}

func (z *Zoo) Add(enclosure string, s Speaker) {
	if z.animals == nil {
		z.animals = make(map[string][]Speaker)
	}
	z.animals[enclosure] = append(z.animals[enclosure], s)
}

func (z *Zoo) Tour() {
	keys := make([]string, 0, len(z.animals))
	for k := range z.animals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("== %s ==\n", strings.ToUpper(k))
		for _, s := range z.animals[k] {
			fmt.Printf("  %-8T says %q\n", s, s.Speak())
		}
	}
}

func main() {
	rex := Dog{Animal{"Rex", 4}, "Labrador"}
	tom := Cat{Animal: Animal{Name: "Tom", Legs: 4}, Indoor: true}
	tweety := Bird{&Animal{"Tweety", 2}, true}

	fmt.Println(rex.Describe())
	fmt.Println(tom.Describe(), "| indoor:", tom.Indoor)
	fmt.Println(tweety.Describe(), "| flies:", tweety.CanFly)
	fmt.Println(rex.Speak(), rex.Animal.Speak())
	fmt.Println(tweety.Speak())

	tweety.Legs = 1
	fmt.Println(tweety.Animal.Legs, tweety.Describe())

	fmt.Printf("%+v\n", rex)
	fmt.Printf("%v\n", tom)

	z := &Zoo{Name: "City Zoo"}
	z.Add("mammals", rex)
	z.Add("mammals", tom)
	z.Add("birds", tweety)
	z.Add("mammals", Dog{Animal{"Fido", 3}, "Mutt"})
	z.Tour()

	count := map[string]int{}
	for _, list := range z.animals {
		for _, s := range list {
			count[fmt.Sprintf("%T", s)]++
		}
	}
	fmt.Println(count)
}
