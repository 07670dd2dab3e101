// Exercises: assertions from an interface the program declares to fmt.Stringer and error, with two types of one structure and a compiled value inside
package main

import (
	"errors"
	"fmt"
	"time"
)

type Namer interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Name() string   { return d.name }
func (d Dog) String() string { return "dog " + d.name }

type Cat struct{ name string }

func (c *Cat) Name() string  { return c.name }
func (c *Cat) Error() string { return "cat error " + c.name }

type Stringer interface{ String() string }

func check(n Namer) {
	if s, ok := n.(fmt.Stringer); ok {
		fmt.Println("stringer:", s.String())
	} else {
		fmt.Println("not a stringer:", n.Name())
	}
	if e, ok := n.(error); ok {
		fmt.Println("error:", e)
	}
}

func main() {
	check(Dog{"rex"})
	check(&Cat{"tom"})
	var st Stringer = time.Second
	s, ok := st.(fmt.Stringer)
	fmt.Println(s, ok)
	var n Namer = &Cat{"x"}
	err := n.(error)
	fmt.Println(err, errors.Is(err, err))
	defer func() { fmt.Println("recovered:", recover()) }()
	var d Namer = Dog{"d"}
	_ = d.(error)
}
