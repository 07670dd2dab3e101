package main

import "fmt"

// Since Go 1.21 panic(nil) panics with *runtime.PanicNilError, so recover() is not nil.
func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r == nil, r)
	}()
	panic(nil)
}
