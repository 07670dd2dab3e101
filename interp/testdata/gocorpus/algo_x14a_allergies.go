package main

import (
	"fmt"
	"strings"
)

type Allergen uint

const (
	Eggs Allergen = 1 << iota
	Peanuts
	Shellfish
	Strawberries
	Tomatoes
	Chocolate
	Pollen
	Cats
)

var names = [...]string{"eggs", "peanuts", "shellfish", "strawberries", "tomatoes", "chocolate", "pollen", "cats"}

func (a Allergen) String() string {
	if a == 0 {
		return "none"
	}
	var parts []string
	for i, n := range names {
		if a&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

func Parse(name string) (Allergen, bool) {
	for i, n := range names {
		if n == name {
			return 1 << i, true
		}
	}
	return 0, false
}

type Patient struct {
	Name  string
	Score uint
}

func (p Patient) AllergicTo(a Allergen) bool { return Allergen(p.Score)&a != 0 }
func (p Patient) List() Allergen             { return Allergen(p.Score & 0xff) }

func main() {
	patients := []Patient{{"ann", 0}, {"bo", 1}, {"cy", 5}, {"di", 248}, {"ed", 255}, {"fy", 509}, {"gus", 257}}
	for _, p := range patients {
		fmt.Printf("%-4s %3d %-60v eggs=%t cats=%t\n", p.Name, p.Score, p.List(), p.AllergicTo(Eggs), p.AllergicTo(Cats))
	}
	var combined Allergen
	for _, n := range []string{"pollen", "eggs", "gluten", "cats"} {
		a, ok := Parse(n)
		fmt.Printf("%s -> %d %v\n", n, a, ok)
		combined |= a
	}
	fmt.Println(combined, uint(combined), combined&^Eggs, Chocolate>>2 == Shellfish)
	fmt.Printf("%08b %v %d\n", uint(Tomatoes|Peanuts), Tomatoes|Peanuts, Cats)
}
