// Exercises: recover called from a helper of a deferred function returns nil; only the deferred function itself stops the panic (fails notebook style)
package main

import "fmt"

func helper() interface{} { return recover() }

func main() {
	defer func() {
		fmt.Println("outer:", recover())
	}()
	defer func() {
		fmt.Println("helper:", helper())
	}()
	panic("p")
}
