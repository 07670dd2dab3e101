// Exercises: struct embedding of a base layer, promoted fields and methods, overriding a promoted method, interface via embedded pointer
package main

import "fmt"

type Base struct {
	Name    string
	Calls   int
	Trained bool
}

func (b *Base) Tick()            { b.Calls++ }
func (b *Base) Describe() string { return fmt.Sprintf("%s(calls=%d)", b.Name, b.Calls) }
func (b Base) Kind() string      { return "base" }

type Dense struct {
	*Base
	In, Out int
}

func (d Dense) Kind() string { return "dense" }

type Act struct {
	Base
	Fn string
}

type Describer interface {
	Describe() string
	Kind() string
	Tick()
}

func main() {
	d := Dense{Base: &Base{Name: "fc1"}, In: 4, Out: 2}
	a := &Act{Base: Base{Name: "act"}, Fn: "relu"}
	layers := []Describer{d, a}
	for range 3 {
		for _, l := range layers {
			l.Tick()
		}
	}
	for _, l := range layers {
		fmt.Println(l.Describe(), l.Kind())
	}
	fmt.Println(d.Calls, d.Base.Kind(), a.Calls, a.Fn, a.Base.Name == a.Name)
	d2 := d // shares *Base
	d2.Tick()
	a2 := *a // copies Base
	a2.Tick()
	fmt.Println(d.Calls, a.Calls, a2.Calls)
	fmt.Printf("%+v\n", *a)
}
