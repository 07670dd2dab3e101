// Reduction of sim_x36b_fsm_turnstile.go (tool panic, both styles).
// A struct holds a map of a named func type whose parameter is a pointer to
// that same struct.
// Go prints: 1
// The session prints nothing and fails with a reflect panic:
//
//	program style:  panic: reflect.Set: value of type map[string]func(*struct { Xcoins int;
//	                Xactions map[string]func(*unsafe2.dummy) }) is not assignable to type
//	                map[string]func(*unsafe2.dummy)
//	notebook style: panic: reflect: Call using *struct { Xcoins int; Xactions
//	                map[string]func(*unsafe2.dummy) } as type *unsafe2.dummy
//
// With map[string]func(*Machine) (unnamed func type), or a plain field of type
// Action instead of a map, the session behaves like Go.
package main

import "fmt"

type Action func(m *Machine)

type Machine struct {
	coins   int
	actions map[string]Action
}

func main() {
	m := &Machine{actions: map[string]Action{}}
	m.actions["coin"] = func(m *Machine) { m.coins++ }
	if a := m.actions["coin"]; a != nil {
		a(m)
	}
	fmt.Println(m.coins)
}
