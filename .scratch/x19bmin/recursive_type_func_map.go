// go run: 1
// gobackprop: panic: reflect: Call using *struct { Xstate int; Xhandler map[int]func(*unsafe2.dummy) int } as type *unsafe2.dummy  (both styles; a struct with a map of funcs taking *itself; from sim_x19b_vending_fsm)
package main

import "fmt"

type Machine struct {
	state   int
	handler map[int]func(*Machine) int
}

func main() {
	m := &Machine{}
	m.handler = map[int]func(*Machine) int{
		0: func(m *Machine) int { return m.state + 1 },
	}
	fmt.Println(m.handler[0](m))
}
