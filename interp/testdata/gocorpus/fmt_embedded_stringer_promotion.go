// Exercises: String method promoted from an embedded field changes how the outer struct prints.
package main

import "fmt"

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

type Derived struct {
	Base
	Extra string
}

type Named struct {
	B     Base
	Extra string
}

func main() {
	d := Derived{Base{7}, "hidden"}
	fmt.Println(d)
	fmt.Printf("%+v\n", d)
	n := Named{Base{8}, "shown"}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
}
