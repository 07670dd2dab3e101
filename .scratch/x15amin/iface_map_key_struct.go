// A map keyed by an interface type, with keys that are struct values of a type with methods.
// Source: iface_x15a_animals.go (map[Animal]int{Fish{...}: 1, Robot{"b"}: 2}).
//
// go run:      2 3
// gobackprop:  (both styles, nothing printed) CompileError: a key Robot{"b"} of a type with methods in
//
//	a map keyed by Animal (the interpreter hashes such a value by where it was put in the
//	interface, not by its value) is not supported by gobackprop: key the map by the type
//	itself (map[Fish]...) or by a string made from the value
package main

import "fmt"

type Animal interface{ Name() string }

type Robot struct{ Model string }

func (r Robot) Name() string { return r.Model }

func main() {
	m := map[Animal]int{Robot{"a"}: 1, Robot{"b"}: 2}
	m[Robot{"b"}]++
	fmt.Println(len(m), m[Robot{"b"}])
}
