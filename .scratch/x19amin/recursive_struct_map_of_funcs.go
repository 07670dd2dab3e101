// Reduction of generics_x19a_typed_registry.go (both styles).
// go run:      1 <nil>
// gobackprop program style:  panic: reflect.Set: value of type map[string]func(*struct { Xfactories
//
//	map[string]func(*unsafe2.dummy) (interface {}, error) }) (interface {}, error) is not
//	assignable to type map[string]func(*unsafe2.dummy) (interface {}, error)
//
// gobackprop notebook style: panic: reflect: Call using *struct { Xfactories ... } as type *unsafe2.dummy
// A struct with a field map[string]func(*Self) ... (a recursive type through a map of funcs).
// (A plain func(*Self) int field works; map[string]func(*Self) int fails only in program style.)
package main

import "fmt"

type Container struct {
	factories map[string]func(*Container) (any, error)
}

func main() {
	c := &Container{factories: map[string]func(*Container) (any, error){}}
	c.factories["x"] = func(c *Container) (any, error) { return len(c.factories), nil }
	fmt.Println(c.factories["x"](c))
}
