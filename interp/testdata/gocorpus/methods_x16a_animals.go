package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
	Legs() int
}

type Base struct {
	name string
	legs int
}

func (b *Base) Name() string  { return b.name }
func (b *Base) Legs() int     { return b.legs }
func (b *Base) Sound() string { return "..." }
func (b *Base) Intro() string { return fmt.Sprintf("I am %s with %d legs", b.name, b.legs) }

type Dog struct {
	*Base
	tricks []string
}

func NewDog(name string, tricks ...string) *Dog {
	return &Dog{Base: &Base{name: name, legs: 4}, tricks: tricks}
}

func (d *Dog) Sound() string { return "Woof" }

type Bird struct {
	Base
	canFly bool
}

func (b *Bird) Sound() string {
	if b.canFly {
		return "Tweet"
	}
	return "Squawk"
}

type Fish struct{ Base }

func describe(a Animal) string {
	s := fmt.Sprintf("%s says %s", a.Name(), a.Sound())
	if d, ok := a.(*Dog); ok && len(d.tricks) > 0 {
		s += " and knows " + strings.Join(d.tricks, ", ")
	}
	if i, ok := a.(interface{ Intro() string }); ok {
		s += " / " + i.Intro()
	}
	return s
}

func main() {
	zoo := []Animal{
		NewDog("Rex", "sit", "roll"),
		&Bird{Base{"Tweety", 2}, true},
		&Bird{Base: Base{name: "Pingu", legs: 2}},
		&Fish{Base{"Nemo", 0}},
		NewDog("Fido"),
	}
	legs := 0
	for _, a := range zoo {
		fmt.Println(describe(a))
		legs += a.Legs()
	}
	fmt.Println("legs:", legs)
	d := zoo[0].(*Dog)
	d.name = "Rexy"
	fmt.Println(d.Name(), d.Base.Sound(), d.Sound())
	counts := map[string]int{}
	for _, a := range zoo {
		counts[fmt.Sprintf("%T", a)]++
	}
	fmt.Println(counts)
}
