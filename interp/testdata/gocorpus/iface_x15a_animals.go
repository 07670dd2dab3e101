package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Walker interface{ Legs() int }
type Swimmer interface{ Swim() string }

type Creature struct {
	name string
	age  int
}

func (c Creature) Name() string     { return c.name }
func (c Creature) Sound() string    { return "..." }
func (c Creature) Describe() string { return fmt.Sprintf("%s (%d) says %s", c.name, c.age, c.Sound()) }

type Dog struct {
	Creature
	Breed string
}

func (d Dog) Sound() string { return "Woof" }
func (Dog) Legs() int       { return 4 }

type Duck struct {
	*Creature
}

func (d Duck) Sound() string { return "Quack" }
func (Duck) Legs() int       { return 2 }
func (Duck) Swim() string    { return "paddles" }

type Fish struct{ Creature }

func (Fish) Swim() string { return "glides" }

type Robot struct{ Model string }

func (r Robot) Name() string  { return r.Model }
func (r Robot) Sound() string { return strings.Repeat("beep ", 2) }

func abilities(a Animal) []string {
	var out []string
	if w, ok := a.(Walker); ok {
		out = append(out, fmt.Sprintf("walks on %d legs", w.Legs()))
	}
	if s, ok := a.(Swimmer); ok {
		out = append(out, "swims: "+s.Swim())
	}
	if len(out) == 0 {
		out = append(out, "stays put")
	}
	return out
}

func main() {
	duck := Duck{&Creature{"Donald", 3}}
	zoo := []Animal{
		Dog{Creature{"Rex", 5}, "collie"},
		duck,
		Fish{Creature{"Nemo", 1}},
		Robot{"RX-78"},
	}
	sort.Slice(zoo, func(i, j int) bool { return zoo[i].Name() < zoo[j].Name() })
	for _, a := range zoo {
		fmt.Printf("%-7s %-11q %v\n", a.Name(), a.Sound(), abilities(a))
	}
	d := zoo[3].(Dog)
	fmt.Println(d.Describe())
	fmt.Println(d.Creature.Sound(), d.Sound())
	duck.age++
	fmt.Println(duck.Describe(), duck.Creature.age)
	legs := 0
	for _, a := range zoo {
		switch v := a.(type) {
		case interface {
			Walker
			Swimmer
		}:
			legs += v.Legs()
			fmt.Println("amphibious:", a.Name())
		case Walker:
			legs += v.Legs()
		}
	}
	fmt.Println("total legs:", legs)
	var a Animal
	fmt.Println(a == nil)
	a = Fish{}
	fmt.Printf("%q %v %+v\n", a.Name(), a == nil, a)
	m := map[Animal]int{Fish{Creature{"a", 1}}: 1, Robot{"b"}: 2}
	m[Robot{"b"}]++
	fmt.Println(len(m), m[Robot{"b"}], m[Fish{Creature{"a", 1}}])
}
