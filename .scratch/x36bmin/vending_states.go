// Reduction of sim_x36b_vending_states.go (clear error, both styles).
// A package-level variable of interface type initialised with a struct value,
// where a method of that struct returns the variable itself.
// Go prints:          {idle}
// The session fails:  program style:  CompileError: undefined: main
//
//	notebook style: CompileError: undefined: Idle
//
// With a concrete-typed variable (var Idle = idle{...}; Next() idle) it works.
package main

import "fmt"

type State interface{ Next() State }

type idle struct{ name string }

var Idle State = idle{"idle"}

func (idle) Next() State { return Idle }

func main() {
	fmt.Println(Idle.Next())
}
