// go run:      main.Dog main.Fish
// gobackprop:  panic(*mirror.AmbiguousError): a value stored in an interface could be any of
//
//	main.Dog or main.Fish: the interpreter does not keep which one it is ... (clear error, both styles)
//
// From iface_x18a_animals.go: two distinct named struct types with the same shape
// (struct{ name string }), only Dog has methods; %T of an `any` holding each.
package main

import "fmt"

type Dog struct{ name string }
type Fish struct{ name string }

func (d Dog) Speak() string { return d.name }

func main() {
	things := []any{Dog{"rex"}, Fish{"nemo"}}
	fmt.Printf("%T %T\n", things[0], things[1])
}
