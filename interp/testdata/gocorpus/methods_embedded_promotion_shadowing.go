// Exercises: embedded method promotion and shadowing by the outer type.
package main

import "fmt"

type Base struct{ name string }

func (b Base) Describe() string { return "base " + b.name }
func (b Base) Hello() string    { return "hello from " + b.Describe() }

type Mid struct {
	Base
}

func (m Mid) Describe() string { return "mid " + m.name }

type Top struct {
	Mid
	name string
}

func main() {
	t := Top{Mid{Base{"inner"}}, "outer"}
	fmt.Println(t.Describe())
	fmt.Println(t.Hello())
	fmt.Println(t.Base.Describe())
	fmt.Println(t.name, t.Mid.name, t.Base.name)
}
