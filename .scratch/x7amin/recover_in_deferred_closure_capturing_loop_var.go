package main

import "fmt"

// recover() returns nil inside a deferred closure that captures the loop variable,
// so the panic escapes; without the capture (or outside a loop) it recovers.
func f() {
	for i := range 1 {
		defer func() {
			fmt.Println("recovered", recover(), i)
		}()
	}
	panic("end")
}

func main() {
	f()
	fmt.Println("after")
}
