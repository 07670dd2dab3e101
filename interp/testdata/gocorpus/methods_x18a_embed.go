package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Name() string
	Sound() string
}

type Base struct {
	name string
	legs int
}

func (b Base) Name() string     { return b.name }
func (b Base) Legs() int        { return b.legs }
func (b *Base) Rename(n string) { b.name = n }
func (b Base) Describe() string {
	return fmt.Sprintf("%s has %d legs", b.name, b.legs)
}

type Dog struct {
	Base
	Breed string
}

func (Dog) Sound() string { return "woof" }

type Bird struct {
	*Base
	CanFly bool
}

func (b Bird) Sound() string {
	if b.CanFly {
		return "tweet"
	}
	return "squawk"
}

func (b Bird) Describe() string { return "bird: " + b.Base.Describe() }

type Logger struct {
	strings.Builder
	prefix string
}

func (l *Logger) Log(s string) { l.WriteString(l.prefix + s + "\n") }

func main() {
	d := Dog{Base{"Rex", 4}, "lab"}
	b := Bird{&Base{"Tweety", 2}, true}
	p := Bird{&Base{"Pingu", 2}, false}
	animals := []Animal{d, b, p}
	for _, a := range animals {
		fmt.Printf("%s says %s\n", a.Name(), a.Sound())
	}
	d.Rename("Max")
	b.Rename("Polly")
	fmt.Println(d.Name(), animals[0].Name(), b.Name(), animals[1].Name())
	fmt.Println(d.Describe())
	fmt.Println(b.Describe())
	fmt.Println(d.Legs() + b.Legs())
	describe := d.Describe
	d.Rename("Buddy")
	fmt.Println(describe(), "/", d.Describe())
	f := (*Base).Rename
	f(&d.Base, "Fido")
	fmt.Println(d.name, Base.Name(d.Base))
	var l Logger
	l.prefix = "> "
	l.Log("start")
	l.Log("end")
	fmt.Print(l.String())
	fmt.Println(l.Len())
	fmt.Printf("%+v\n", d)
}
