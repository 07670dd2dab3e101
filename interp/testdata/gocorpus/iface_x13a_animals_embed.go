package main

import (
	"fmt"
	"strings"
)

type Speaker interface{ Speak() string }
type Mover interface{ Move() string }
type Animal interface {
	Speaker
	Mover
	Name() string
}

type base struct {
	name string
	legs int
}

func (b base) Name() string     { return b.name }
func (b base) Move() string     { return fmt.Sprintf("%s walks on %d legs", b.name, b.legs) }
func (b *base) Rename(n string) { b.name = n }

type Dog struct {
	base
	Tricks []string
}

func (d Dog) Speak() string { return "Woof" }

type Bird struct {
	base
	CanFly bool
}

func (b Bird) Speak() string { return "Tweet" }
func (b Bird) Move() string {
	if b.CanFly {
		return b.name + " flies"
	}
	return b.base.Move()
}

type Fish struct{ base }

func (Fish) Speak() string  { return "..." }
func (f Fish) Move() string { return f.name + " swims" }

type Loud struct{ Speaker }

func (l Loud) Speak() string { return strings.ToUpper(l.Speaker.Speak()) + "!!" }

func NewDog(name string, tricks ...string) *Dog {
	return &Dog{base{name, 4}, tricks}
}

func main() {
	rex := NewDog("Rex", "sit", "roll")
	zoo := []Animal{
		rex,
		Bird{base{"Tweety", 2}, true},
		Bird{base{"Pingu", 2}, false},
		Fish{base{"Nemo", 0}},
	}
	rex.Rename("Rexy")
	for _, a := range zoo {
		fmt.Printf("%-7s says %-6q and %s\n", a.Name(), a.Speak(), a.Move())
	}
	var s Speaker = Loud{zoo[1]}
	fmt.Println(s.Speak())
	s = Loud{Loud{Fish{}}}
	fmt.Println(s.Speak())
	counts := map[string]int{}
	for _, a := range zoo {
		switch a.(type) {
		case *Dog:
			counts["dog"]++
		case Bird:
			counts["bird"]++
		default:
			counts["other"]++
		}
		if m, ok := a.(interface{ Rename(string) }); ok {
			m.Rename(a.Name() + "2")
		}
	}
	fmt.Println(counts, zoo[0].Name(), zoo[1].Name())
	fmt.Printf("%v\n%+v\n", *rex, zoo[3])
}
