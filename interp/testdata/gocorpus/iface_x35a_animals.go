package main

import (
	"fmt"
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

type Fish struct{ Animal }

type Parrot struct {
	Animal
	Words []string
}

func (p *Parrot) Speak() string {
	if len(p.Words) == 0 {
		return "Squawk"
	}
	w := p.Words[0]
	p.Words = append(p.Words[1:], w)
	return w
}

func chorus(ss []Speaker) string {
	parts := make([]string, 0, len(ss))
	for _, s := range ss {
		parts = append(parts, s.Speak())
	}
	return strings.Join(parts, ", ")
}

func main() {
	rex := Dog{Animal{"Rex", 4}, "lab"}
	tom := Cat{Animal: Animal{Name: "Tom", Legs: 4}, Indoor: true}
	nemo := Fish{Animal{Name: "Nemo"}}
	polly := &Parrot{Animal{"Polly", 2}, []string{"hello", "cracker", "bye"}}

	zoo := []Speaker{rex, tom, nemo, polly}
	for _, s := range zoo {
		fmt.Printf("%-22T says %s\n", s, s.Speak())
	}
	fmt.Println(chorus(zoo))
	fmt.Println(rex.Describe(), "|", polly.Describe())
	fmt.Println(rex.Animal.Speak(), rex.Name, tom.Indoor)
	fmt.Printf("%v\n%+v\n", rex, tom)

	type describer interface{ Describe() string }
	for _, s := range zoo {
		if d, ok := s.(describer); ok {
			fmt.Println(" *", d.Describe())
		}
	}
	var s Speaker
	fmt.Println(s == nil)
	s = nemo
	fmt.Printf("%v %#v\n", s, s)
}
