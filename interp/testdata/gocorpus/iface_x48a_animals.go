package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Dog struct {
	base
	Breed string
}
type Cat struct{ base }
type Cow struct {
	base
	Spots int
}

func (Dog) Sound() string { return "Woof" }
func (Cat) Sound() string { return "Meow" }
func (c Cow) Sound() string {
	return strings.Repeat("Moo", 1+c.Spots%3)
}

func (d Dog) String() string { return "Dog(" + d.name + ", " + d.Breed + ")" }

type Walker interface{ Walk() string }

func (d Dog) Walk() string { return d.name + " goes for a walk" }

func main() {
	zoo := []Animal{
		Dog{base{"Rex"}, "beagle"},
		Cat{base{"Tom"}},
		Cow{base{"Bessie"}, 4},
		Dog{base: base{name: "Fido"}},
	}
	for _, a := range zoo {
		fmt.Printf("%-7s says %-9s", a.Name(), a.Sound())
		if w, ok := a.(Walker); ok {
			fmt.Print(" | ", w.Walk())
		}
		fmt.Println()
	}
	fmt.Println(zoo[0])
	fmt.Printf("%v\n", zoo[1])
	fmt.Printf("%+v\n", zoo[2])
	fmt.Printf("%T %T\n", zoo[0], zoo[2])
	counts := map[string]int{}
	for _, a := range zoo {
		counts[fmt.Sprintf("%T", a)]++
	}
	fmt.Println(counts)
	var a Animal
	fmt.Println(a == nil)
	a = Cat{base{"Kit"}}
	_, isDog := a.(Dog)
	fmt.Println(isDog, a.Name())
}
