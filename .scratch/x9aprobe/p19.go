// Exercises: method on embedded pointer via value, interface embedding with Stringer, %v of embedded struct
package main

import "fmt"

type Base struct{ ID int }

func (b *Base) SetID(id int)  { b.ID = id }
func (b Base) String() string { return fmt.Sprintf("Base(%d)", b.ID) }

type Derived struct {
	Base
	Name string
}

type Wrapper struct {
	*Base
}

func main() {
	d := Derived{Name: "d"}
	d.SetID(5)
	fmt.Println(d, d.Base, d.ID)
	fmt.Printf("%v %+v %s\n", d, d, d)
	w := Wrapper{&Base{1}}
	w.SetID(9)
	fmt.Println(w, w.ID)
	var s fmt.Stringer = d
	fmt.Println(s.String())
}
