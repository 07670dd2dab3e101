package main

import "fmt"

type Box[T any] struct{ V T }

func main() {
	var x any = Box[bool]{}
	fmt.Printf("%T\n", x)
}
